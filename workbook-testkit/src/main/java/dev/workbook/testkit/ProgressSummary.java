package dev.workbook.testkit;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Maven's side of the progress summary: before a step's tests it forgets the last run's, after
 * them it prints this run's, last on screen (with one line about the class board, in an edition
 * that reports to one), and fails the build if the run failed (Surefire
 * itself is told to let failures through, so that this can come after it).
 *
 * <p>Arguments: {@code before} or {@code after}, the step's folder, then Maven's {@code skipTests}
 * and {@code maven.test.skip}.
 */
public final class ProgressSummary {

    private ProgressSummary() {
    }

    public static void main(String[] args) {
        Path module = Path.of(args[1]);
        boolean skipped = args.length > 3 && (Boolean.parseBoolean(args[2]) || Boolean.parseBoolean(args[3]));
        if (args[0].equals("before")) {
            ProgressFiles.forgetLastRun(module);
            return;
        }
        Optional<ProgressFiles.Written> written = ProgressFiles.read(module);
        if (written.isEmpty() || skipped) {
            return; // no test ran, as with -Dtest=ATestOfAnotherStep
        }
        if (written.get().incomplete()) {
            throw new IllegalStateException("The tests of " + module.getFileName()
                    + " did not run to their end (see the output above), so there is no progress summary.");
        }
        System.out.println();
        System.out.println(written.get().summary());
        ClassBoardReport.sendAfterRun(module).ifPresent(System.out::println);
        if (written.get().failed()) {
            throw new IllegalStateException("Not done yet: see the summary above.");
        }
    }
}
