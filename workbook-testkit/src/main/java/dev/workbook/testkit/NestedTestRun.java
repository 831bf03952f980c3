package dev.workbook.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a step's tests inside this JVM, with some of its classes swapped for stubbed ones, and records each outcome. */
final class NestedTestRun {

    /**
     * One test method's outcome, each invocation of a parameterized one apart.
     *
     * @param test the planned test method
     * @param passed whether it passed; a skipped test neither passed nor failed
     * @param skipped whether it was skipped, and then {@code failure} says why
     */
    record Outcome(PlannedTest test, boolean passed, boolean skipped, String failure) {
        String method() {
            return test.name();
        }
    }

    /**
     * What a nested run gave.
     *
     * @param outcomes every test's outcome, in the order they ended
     * @param progress the step's progress as the learner would have seen it
     */
    record Result(List<Outcome> outcomes, StepProgress progress) {
    }

    private NestedTestRun() {
    }

    /**
     * Runs the named test classes, loaded from {@code classFolders} first, keeping the tests
     * {@code tagExpression} selects, with {@code parameters} as JUnit configuration parameters.
     */
    static Result run(URL[] classFolders, List<String> testClasses, String tagExpression, Map<String, String> parameters)
            throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(classFolders, NestedTestRun.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(testClasses.stream().map(name -> selectClass(loader, name)).collect(Collectors.toList()))
                    .filters(TagFilter.includeTags(tagExpression))
                    .configurationParameters(parameters)
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                    .build();
            ExerciseProgress progress = ExerciseProgress.silent();
            Recorder recorder = new Recorder(progress);
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(request, progress, recorder);
            return new Result(new ArrayList<>(recorder.outcomes), progress.progress());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Keeps every test's outcome, in order; a failed or skipped class gives its tests its result. */
    private static final class Recorder implements TestExecutionListener {
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final ExerciseProgress progress;

        Recorder(ExerciseProgress progress) {
            this.progress = progress;
        }

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
            add(identifier, false, true, reason);
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            String failure = result.getThrowable().map(Throwable::toString).orElse("");
            add(identifier, passed, result.getStatus() == TestExecutionResult.Status.ABORTED, failure);
        }

        private void add(TestIdentifier identifier, boolean passed, boolean skipped, String detail) {
            ExerciseRun run = ExerciseRun.current().orElse(null);
            if (run == null) {
                return;
            }
            Optional<PlannedTest> test = run.plannedFor(identifier.getUniqueId());
            if (test.isPresent()) {
                boolean own = identifier.getUniqueId().equals(test.get().uniqueId());
                if (!own || !test.get().parameterized() || skipped || !passed) {
                    outcomes.add(new Outcome(test.get(), passed, skipped, detail));
                }
            } else if (!passed) {
                run.plannedIn(identifier.getUniqueId()).forEach(planned -> outcomes.add(new Outcome(planned, false, skipped, detail)));
            }
        }
    }
}
