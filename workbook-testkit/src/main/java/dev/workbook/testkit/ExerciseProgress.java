package dev.workbook.testkit;

import dev.workbook.tools.Workbook;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Follows a step's test run: opens its {@link ExerciseRun}, records each test's result in it, and
 * at the end says which exercises pass and which to do next. Under Maven it leaves the saying to
 * the {@link ProgressSummary} that runs after Surefire, so that the summary is the last thing on
 * screen; it always writes it to {@code target/} (see {@link ProgressFiles}).
 *
 * <p>JUnit finds it through {@code META-INF/services}; every step's tests have it on their path.
 */
public final class ExerciseProgress implements TestExecutionListener {

    /** Set to {@code maven} when Maven prints the summary after the test run. */
    static final String SUMMARY_BY = "workbook.summary";

    private final boolean report;
    private ExerciseRun run;
    private StepProgress progress;

    /** The listener JUnit starts: it writes and, outside Maven, prints the summary. */
    public ExerciseProgress() {
        this(true);
    }

    /** A listener that only keeps the progress, for runs inside a run (the proof). */
    static ExerciseProgress silent() {
        return new ExerciseProgress(false);
    }

    private ExerciseProgress(boolean report) {
        this.report = report;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        run = ExerciseRun.open(testPlan);
        if (report && Workbook.stepNumber(run.module()).isPresent()) {
            ProgressFiles.begin(run.module());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        record(identifier, TestResult.skipped(reason));
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        TestResult outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> TestResult.passed();
            case ABORTED -> TestResult.skipped(result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
            case FAILED -> TestResult.failed(result.getThrowable().orElseGet(() -> new AssertionError("failed")));
        };
        record(identifier, outcome);
    }

    private void record(TestIdentifier identifier, TestResult outcome) {
        if (run == null) {
            return;
        }
        Optional<PlannedTest> test = run.plannedFor(identifier.getUniqueId());
        if (test.isPresent()) {
            run.record(test.get(), outcome, identifier.getUniqueId().equals(test.get().uniqueId()));
        } else if (outcome.status() != TestResult.Status.PASSED) {
            run.recordClass(identifier.getUniqueId(), identifier.getDisplayName(), outcome); // a failed @BeforeAll or @AfterAll, or a skipped class
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        run.close();
        Path module = run.module();
        if (Workbook.stepNumber(module).isEmpty()) {
            return;
        }
        Workbook workbook = Workbook.around(module);
        progress = StepProgress.of(module.getFileName().toString(), run, workbook.regionsIn(module), workbook.lessons())
                .keeping(ProgressFiles.keptBefore(module));
        if (report) {
            String summary = ProgressReport.render(progress);
            ProgressFiles.write(module, progress, summary);
            if (!"maven".equals(System.getProperty(SUMMARY_BY))) {
                System.out.println(summary);
                ClassBoardReport.sendAfterRun(module).ifPresent(System.out::println); // under Maven, ProgressSummary sends
            }
        }
    }

    /** The progress of the run this listener followed, once it is over. */
    StepProgress progress() {
        return progress;
    }
}
