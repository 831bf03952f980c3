package dev.workbook.testkit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Once a test of some exercise fails, skips the tests of later exercises, so that a learner sees
 * the failures of the exercise to do now and not a wall of them; the progress summary lists the
 * skipped ones as not checked yet, never as passed.
 *
 * <p>Found by JUnit's extension auto-detection; turned off with the configuration parameter
 * {@code workbook.oneExerciseAtATime=false} (the exercise proof does, as it must see every failure).
 */
public final class OneExerciseAtATime implements ExecutionCondition, TestWatcher {

    static final String ENABLED = "workbook.oneExerciseAtATime";

    /** The earliest exercise whose test failed in this test run (one JVM per step). */
    private static final AtomicReference<String> FIRST_FAILED = new AtomicReference<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String failed = FIRST_FAILED.get();
        Optional<String> needs = ExerciseTags.highest(context.getTags().stream());
        if (!enabled(context) || failed == null || needs.isEmpty() || ExerciseTags.BY_NUMBER.compare(needs.get(), failed) <= 0) {
            return ConditionEvaluationResult.enabled("no earlier exercise failed");
        }
        return ConditionEvaluationResult.disabled("not checked yet: make exercise " + failed + " pass first");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (!enabled(context)) {
            return;
        }
        ExerciseTags.highest(context.getTags().stream()).ifPresent(number -> FIRST_FAILED.accumulateAndGet(number,
                (was, now) -> was == null || ExerciseTags.BY_NUMBER.compare(now, was) < 0 ? now : was));
    }

    private static boolean enabled(ExtensionContext context) {
        return context.getConfigurationParameter(ENABLED).map(Boolean::parseBoolean).orElse(true);
    }
}
