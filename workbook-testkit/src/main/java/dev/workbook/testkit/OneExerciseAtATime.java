package dev.workbook.testkit;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets a learner see one exercise at a time: a test runs only when the run has come to its
 * exercise (see {@link ExerciseRun#decide}); the others are skipped, shown as not checked yet and
 * never as passed. A class none of whose tests would run is skipped whole, so its server never
 * starts. Also tells {@link Await} which exercise the running test belongs to.
 *
 * <p>Found by JUnit's extension auto-detection; turned off with the configuration parameter
 * {@code workbook.oneExerciseAtATime=false} (the proof does, as it must see every failure).
 */
public final class OneExerciseAtATime implements ExecutionCondition, BeforeEachCallback, AfterEachCallback {

    private static final ConditionEvaluationResult RUN = ConditionEvaluationResult.enabled("its exercise's turn");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<ExerciseRun> run = ExerciseRun.current();
        if (run.isEmpty() || !run.get().oneAtATime()) {
            return RUN;
        }
        if (context.getTestMethod().isEmpty()) {
            return forClass(run.get(), context.getUniqueId());
        }
        return run.get().plannedFor(context.getUniqueId())
                .map(test -> result(run.get().decide(test, isTheTestItself(context, test))))
                .orElse(RUN);
    }

    /** A class runs when at least one of its tests would. */
    private static ConditionEvaluationResult forClass(ExerciseRun run, String classUniqueId) {
        List<PlannedTest> tests = run.plannedIn(classUniqueId);
        if (tests.isEmpty()) {
            return RUN;
        }
        return tests.stream().map(test -> run.decide(test, false)).filter(ExerciseRun.Decision::run).findFirst()
                .map(OneExerciseAtATime::result)
                .orElseGet(() -> result(run.decide(tests.get(0), false)));
    }

    /** A plain test claims the stub's one run at once; a parameterized method leaves it to its first invocation. */
    private static boolean isTheTestItself(ExtensionContext context, PlannedTest test) {
        return !test.parameterized() || !context.getUniqueId().equals(test.uniqueId());
    }

    private static ConditionEvaluationResult result(ExerciseRun.Decision decision) {
        return decision.run() ? RUN : ConditionEvaluationResult.disabled(decision.reason());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExerciseRun.current().flatMap(run -> run.plannedFor(context.getUniqueId())).flatMap(PlannedTest::owner)
                .ifPresent(CurrentExercise::set);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentExercise.clear();
    }
}
