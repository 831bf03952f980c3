package dev.workbook.testkit;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints each test of a watch run as it passes, or as it is skipped (mostly left for a later exercise), counted
 * against the tests planned, so that a run of many page tests is a wait the learner can follow.
 */
final class RunTicker implements TestExecutionListener {

    private final PrintStream out;
    private final LongSupplier clock;
    /** The planned test methods; a parameterized one counts once, when all its invocations have run. */
    private final Set<String> planned = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private volatile TestPlan plan;
    private volatile boolean failed;

    RunTicker(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        testPlan.getRoots().forEach(root -> testPlan.getDescendants(root).stream()
                .filter(each -> each.getSource().filter(MethodSource.class::isInstance).isPresent())
                .forEach(method -> planned.add(method.getUniqueId())));
        out.println("Running " + planned.size() + (planned.size() == 1 ? " test" : " tests") + "...");
        out.flush();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (planned.contains(identifier.getUniqueId())) {
            startedAt.put(identifier.getUniqueId(), clock.getAsLong());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Long started = startedAt.remove(identifier.getUniqueId());
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            failed = true; // what follows may be the rest of the run cancelled: the verdict's screen says what counts
        }
        if (started == null || failed) {
            return;
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            out.printf("  passed  %d of %d (%.1f s): %s%n", done.incrementAndGet(), planned.size(),
                    (clock.getAsLong() - started) / 1e9, name(identifier));
        } else { // aborted: an assumption did not hold
            out.printf("  skipped %d of %d: %s (%s)%n", done.incrementAndGet(), planned.size(), name(identifier),
                    result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
        out.flush();
    }

    /** A test, or a class of them, not run: mostly one whose turn has not come, as it needs a later exercise. */
    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        long methods = planned.contains(identifier.getUniqueId()) ? 1
                : plan.getDescendants(identifier).stream().filter(each -> planned.contains(each.getUniqueId())).count();
        if (methods > 0 && !failed) {
            out.printf("  skipped %d of %d: %s (%s)%n", done.addAndGet((int) methods), planned.size(), name(identifier), reason);
            out.flush();
        }
    }

    /** "Joining on the chat page > A look-alike of a nickname online is refused": the class, then the test. */
    private String name(TestIdentifier identifier) {
        return plan.getParent(identifier).filter(parent -> parent.getParentId().isPresent()) // not the engine's root
                .map(parent -> parent.getDisplayName() + " > ").orElse("") + identifier.getDisplayName();
    }
}
