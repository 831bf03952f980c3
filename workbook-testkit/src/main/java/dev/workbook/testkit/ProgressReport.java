package dev.workbook.testkit;

import dev.workbook.testkit.StepProgress.ExerciseState;
import dev.workbook.testkit.StepProgress.State;
import dev.workbook.tools.Commands;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words for a step's progress: one line when nothing fails, else a short checklist with the exercise to do next. */
final class ProgressReport {

    private ProgressReport() {
    }

    static String render(StepProgress progress) {
        if (progress.count(State.FAILED) == 0 && progress.testsFailed() == 0 && progress.classFailures().isEmpty()) {
            return quiet(progress);
        }
        StringBuilder text = new StringBuilder("[workbook] Your progress in " + progress.step() + ": "
                + progress.count(State.PASSED) + " of " + progress.exercises().size() + " exercises pass."
                + "   [x] passes  [ ] fails  [-] not checked yet\n");
        for (ExerciseState exercise : progress.exercises()) {
            text.append("  ").append(mark(exercise.state())).append(' ').append(exercise.number()).append(' ').append(exercise.title());
            if (exercise.state() == State.FAILED || exercise.note().startsWith("waits")) {
                text.append("   (").append(exercise.note()).append(')');
            }
            text.append('\n');
        }
        progress.classFailures().forEach((name, why) -> text.append("  ").append(name).append(" failed after its tests: ")
                .append(why).append('\n'));
        Optional<ExerciseState> next = progress.next();
        if (next.isEmpty()) {
            return text.append("  Every exercise checked passes, but the step's tests failed: see the failures above.\n").toString();
        }
        return text.append(nextLines(progress, next.get())).toString();
    }

    private static String quiet(StepProgress progress) {
        List<ExerciseState> unchecked = progress.exercises().stream().filter(e -> e.state() != State.PASSED).toList();
        List<String> checked = progress.exercises().stream().filter(e -> e.state() != State.NOT_CHECKED)
                .map(ExerciseState::number).filter(progress.asked()::contains).toList();
        String about = checked.isEmpty() ? "" : " (this run checked " + String.join(", ", checked) + ")";
        String line = "[workbook] " + progress.step() + ": " + progress.count(State.PASSED) + " of " + progress.exercises().size()
                + " exercises pass" + about;
        if (unchecked.isEmpty()) {
            return line + ".";
        }
        // A run asked about page exercises without the browser checked none of them: say how to.
        List<ExerciseState> relevant = progress.asked().isEmpty() ? unchecked
                : unchecked.stream().filter(e -> progress.asked().contains(e.number())).toList();
        String pages = !relevant.isEmpty() && relevant.stream().allMatch(ExerciseState::pageExercise)
                ? "; the page's run in the browser: " + Commands.check(progress.step())
                        + " (" + Commands.mvnCheck(progress.step()) + ")" : "";
        String full = line + "; not checked by this run: "
                + unchecked.stream().map(ExerciseState::number).collect(Collectors.joining(", ")) + pages + ".";
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
