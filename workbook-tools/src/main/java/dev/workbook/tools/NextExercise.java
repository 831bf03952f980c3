package dev.workbook.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The exercise to do now: in course order, the first one that still holds its stub or that the
 * last run of its step that checked it did not see pass.
 */
public final class NextExercise {

    /**
     * The exercise to do and why.
     *
     * @param step the step's folder
     * @param reason why this one, in a learner's words
     */
    public record Choice(Path step, ExerciseMap.Entry entry, String reason) {
    }

    private NextExercise() {
    }

    /** The exercise to do now, or empty when every step's last run passed all of them. */
    public static Optional<Choice> in(Workbook workbook) {
        for (Path step : workbook.steps()) {
            Optional<Choice> choice = inStep(workbook, step);
            if (choice.isPresent()) {
                return choice;
            }
        }
        return Optional.empty();
    }

    /** The text of {@code ./workbook next}. */
    public static String render(Workbook workbook) {
        Optional<Choice> choice = in(workbook);
        if (choice.isEmpty()) {
            List<String> unrun = workbook.steps().stream().filter(step -> !LastRuns.of(step).ran())
                    .map(step -> step.getFileName().toString()).toList();
            return unrun.isEmpty()
                    ? "Every exercise passed in its step's last run. Check each step's page in the browser too: ./workbook check STEP\n"
                    : "No exercise holds its stub and no last run failed one, but these steps' tests have not run yet: "
                            + String.join(", ", unrun) + ". Run them: ./workbook test\n";
        }
        ExerciseMap.Entry entry = choice.get().entry();
        List<ExerciseRegion> regions = workbook.regionsIn(choice.get().step()).stream()
                .filter(r -> r.number().equals(entry.number())).toList();
        StringBuilder text = new StringBuilder("Next: Exercise " + entry.number() + " " + entry.title() + "\n"
                + "  Why:    " + choice.get().reason() + "\n");
        for (ExerciseRegion region : regions) {
            text.append("  Task:   ").append(region.task()).append('\n')
                    .append("  Where:  ").append(region.file().toString().replace('\\', '/')).append(':').append(region.beginLine())
                    .append("   (").append(ExerciseMap.place(region, Workbook.lines(workbook.root().resolve(region.file())))).append(")\n");
        }
        return text.append("  Lesson: ").append(entry.lesson()).append('\n')
                .append("  Check it: ").append(Commands.checkExercise(entry)).append("    Stuck? ").append(Commands.hint(entry.number()))
                .append('\n').toString();
    }

    static Optional<Choice> inStep(Workbook workbook, Path step) {
        List<ExerciseMap.Entry> map = ExerciseMap.of(workbook, step);
        LastRuns runs = LastRuns.of(step);
        Set<String> stubs = workbook.stubbedIn(step);
        String name = step.getFileName().toString();
        for (ExerciseMap.Entry entry : map) {
            boolean stub = stubs.contains(entry.number());
            // A stub is never done, whatever an older run said: the exercise may have been reset since.
            if (stub || runs.ran() && !runs.passed(entry.number())) {
                String state = runs.describe(entry.number());
                return Optional.of(new Choice(step, entry, stub ? "not started: its code is still the stub"
                        : state.equals("fails") ? "the last run of " + name + " that checked it says it fails"
                        : "no run of " + name + " has checked it yet"));
            }
        }
        return Optional.empty();
    }
}
