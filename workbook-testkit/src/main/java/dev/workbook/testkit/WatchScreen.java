package dev.workbook.testkit;

import dev.workbook.testkit.StepProgress.ExerciseState;
import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.Workbook;
import java.nio.file.Path;

/** What the watch shows after each save: the exercise and its task, the verdict, the first failure in full. */
final class WatchScreen {

    /** ANSI: cursor home, then clear the screen; terminals without ANSI show two harmless codes. */
    static final String CLEAR = "\033[H\033[2J";
    static final String KEYS = "Keys (then Enter): h hint  n next  l list  c check the step  r reset  q quit   "
            + "Save a file to check again.";

    private WatchScreen() {
    }

    /** The exercise, its task and where to write it. */
    static String header(Path module, ExerciseState exercise, Workbook workbook) {
        return "[workbook] watching " + module.getFileName() + "\n\n" + about(exercise, workbook);
    }

    private static String about(ExerciseState exercise, Workbook workbook) {
        StringBuilder text = new StringBuilder("Exercise " + exercise.number() + ": " + exercise.title() + "\n");
        for (ExerciseRegion region : workbook.regions()) {
            if (region.number().equals(exercise.number())) {
                text.append("  Task:   ").append(region.task()).append('\n')
                        .append("  Where:  ").append(region.file().toString().replace('\\', '/')).append(':')
                        .append(region.beginLine()).append('\n');
            }
        }
        return text.append("  Lesson: ").append(exercise.link()).append("\n\n").toString();
    }

    static String doesNotCompile(String errors) {
        return "DOES NOT COMPILE. javac says:\n\n" + errors + "\n\nFix the line it names and save.\n";
    }

    static String verdict(String number, boolean passed, BoundedTestRun.Verdict verdict) {
        StringBuilder text = new StringBuilder();
        if (passed) {
            text.append("PASSED  Exercise ").append(number).append(" passes.\n");
        } else if (verdict.stopped().isPresent()) {
            text.append("STOPPED Exercise ").append(number).append(": ").append(verdict.stopped().get()).append('\n');
        } else {
            text.append("FAILED  Exercise ").append(number).append(verdict.firstFailure().map(f -> ". The first failure, in the test " + f)
                    .orElse(": its tests did not pass (see the progress below)")).append('\n');
        }
        if (!verdict.leftRunning().isEmpty()) {
            text.append("\nThe run left threads running: ").append(String.join(", ", verdict.leftRunning()))
                    .append(". Stop every server and close every client you start.\n");
        }
        return text.toString();
    }

    /** The exercise that comes next, once one passed. */
    static String next(ExerciseState exercise, Workbook workbook) {
        return "\nNow: " + about(exercise, workbook) + "Write it and save; the watch checks it.\n";
    }
}
