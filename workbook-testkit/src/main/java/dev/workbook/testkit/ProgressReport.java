package dev.workbook.testkit;

import dev.workbook.testkit.StepProgress.ExerciseState;
import dev.workbook.testkit.StepProgress.State;
import dev.workbook.tools.Commands;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Words for a step's progress: one line when nothing fails, else a short checklist with the exercise to do next. */
final class ProgressReport {

    /** How a line says that a run of other exercises left this one's verdict as the last check found it. */
    private static final String WHEN_LAST_CHECKED = "%s when last checked";

    private ProgressReport() {
    }

    static String render(StepProgress progress) {
        if (progress.count(State.FAILED) == 0 && progress.testsFailed() == 0 && progress.classFailures().isEmpty()) {
            return quiet(progress);
        }
        StringBuilder text = new StringBuilder("[workbook] Your progress in " + progress.step() + ": "
                + progress.passing() + " of " + progress.exercises().size() + " exercises pass."
                + "   [x] passes  [ ] fails  [-] not checked yet\n");
        for (ExerciseState exercise : progress.exercises()) {
            text.append("  ").append(line(progress, exercise)).append('\n');
        }
        progress.classFailures().forEach((name, why) -> text.append("  ").append(name).append(" failed after its tests: ")
                .append(why).append('\n'));
        Optional<ExerciseState> next = progress.next();
        if (next.isEmpty()) {
            return text.append("  Every exercise checked passes, but the step's tests failed: see the failures above.\n").toString();
        }
        return text.append(nextLines(progress, next.get())).toString();
    }

    /** An exercise's line of the checklist: its mark, and why where it fails, waits, or keeps an earlier verdict. */
    private static String line(StepProgress progress, ExerciseState exercise) {
        String text = exercise.number() + " " + exercise.title();
        if (progress.passedEarlier(exercise)) {
            return "[x] " + text + "   (" + WHEN_LAST_CHECKED.formatted("passed") + ")";
        }
        if (progress.failedEarlier(exercise)) {
            return "[ ] " + text + "   (" + WHEN_LAST_CHECKED.formatted("failed") + ")";
        }
        boolean why = exercise.state() == State.FAILED || exercise.note().startsWith("waits");
        return mark(exercise.state()) + " " + text + (why ? "   (" + exercise.note() + ")" : "");
    }

    private static String quiet(StepProgress progress) {
        List<ExerciseState> unchecked = progress.exercises().stream().filter(e -> e.state() != State.PASSED).toList();
        List<String> checked = progress.exercises().stream().filter(e -> e.state() != State.NOT_CHECKED)
                .map(ExerciseState::number).filter(progress.asked()::contains).toList();
        List<String> keptPasses = unchecked.stream().filter(progress::passedEarlier).map(ExerciseState::number).toList();
        List<String> about = new ArrayList<>();
        if (!checked.isEmpty()) {
            about.add("this run checked " + String.join(", ", checked));
        }
        if (!keptPasses.isEmpty()) {
            about.add(String.join(", ", keptPasses) + " " + WHEN_LAST_CHECKED.formatted("passed"));
        }
        String line = "[workbook] " + progress.step() + ": " + progress.passing() + " of " + progress.exercises().size()
                + " exercises pass" + (about.isEmpty() ? "" : " (" + String.join("; ", about) + ")");
        if (unchecked.isEmpty()) {
            return line + ".";
        }
        // A run asked about page exercises without the browser checked none of them: say how to.
        List<ExerciseState> relevant = progress.asked().isEmpty() ? unchecked
                : unchecked.stream().filter(e -> progress.asked().contains(e.number())).toList();
        String pages = !relevant.isEmpty() && relevant.stream().allMatch(ExerciseState::pageExercise)
                ? "; the page's run in the browser: " + Commands.check(progress.step())
                        + " (" + Commands.mvnCheck(progress.step()) + ")" : "";
        List<String> open = unchecked.stream().filter(e -> !progress.passedEarlier(e)).map(ExerciseState::number).toList();
        String full = line + (open.isEmpty() ? "" : "; not checked by this run: " + String.join(", ", open)) + pages + ".";
        return progress.next().map(next -> full + "\n" + nextLines(progress, next)).orElse(full);
    }

    private static String nextLines(StepProgress progress, ExerciseState next) {
        String why = "";
        if (next.stub()) {
            why = " (not started)";
        } else if (progress.failedEarlier(next)) {
            why = " (it failed in the last run that checked it)";
        }
        return "  Next: Exercise " + next.number() + " " + next.title() + why
                + ": read " + next.link() + "\n"
                + "  Check it: " + (next.pageExercise()
                        ? Commands.check(progress.step()) + "    (runs " + Commands.mvnCheck(progress.step()) + ")"
                        : Commands.testExercise(progress.step(), next.number()) + "    (runs "
                                + Commands.mvnTestExercise(progress.step(), next.number()) + ")") + "\n"
                + "  Stuck? " + Commands.hint(next.number()) + "    (the task, where to write it, the lesson's hint)\n";
    }

    private static String mark(State state) {
        switch (state) {
            case PASSED: return "[x]";
            case FAILED: return "[ ]";
            default: return "[-]";
        }
    }
}
