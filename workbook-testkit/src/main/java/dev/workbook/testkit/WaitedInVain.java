package dev.workbook.testkit;

import java.time.Duration;

/**
 * The failure of a wait that ran out, in one shape for every wait of the workbook: which exercise
 * the test belongs to, what it waited for and for how long, and what came instead.
 */
public final class WaitedInVain {

    private WaitedInVain() {
    }

    /**
     * @param what what was awaited, such as "the echo of 'hello'"
     * @param came what came instead, or null when nothing came
     */
    public static AssertionError of(String what, Duration waited, Object came) {
        String exercise = what.startsWith("Exercise ") ? "" : CurrentExercise.describe().map(e -> e + ": ").orElse("");
        String instead = came == null || String.valueOf(came).isEmpty() ? "nothing came." : "what came instead: " + came;
        return new AssertionError(exercise + "waited " + waited.toMillis() + " ms for " + what + ", but it did not come; "
                + TextForLearners.escaped(instead));
    }
}
