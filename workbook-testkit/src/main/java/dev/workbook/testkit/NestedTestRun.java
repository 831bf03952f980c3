package dev.workbook.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a step's tests inside this JVM, with some of its classes swapped for stubbed ones, and records each outcome. */
final class NestedTestRun {

    /**
     * One test's outcome.
     *
     * @param method the test method, as {@code Class#method}: every invocation of a parameterized test shares it
     */
    record Outcome(String method, Set<String> tags, boolean passed, String failure) {
    }

    private NestedTestRun() {
    }

    /** Runs the named test classes, loaded from {@code classFolders} first, keeping the tests {@code tagExpression} selects. */
    static List<Outcome> run(URL[] classFolders, List<String> testClasses, String tagExpression) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (ChildFirstClassLoader loader = new ChildFirstClassLoader(classFolders, NestedTestRun.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(testClasses.stream().map(name -> selectClass(loader, name)).collect(Collectors.toList()))
                    .filters(TagFilter.includeTags(tagExpression))
                    .configurationParameter(OneExerciseAtATime.ENABLED, "false")
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                    .build();
            Recorder recorder = new Recorder();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(request, recorder);
            return new ArrayList<>(recorder.outcomes);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Keeps every test's outcome; a failed class container fails the tests it held. */
    private static final class Recorder implements TestExecutionListener {
        private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private TestPlan plan;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            String failure = result.getThrowable().map(Throwable::toString).orElse("");
            if (identifier.isTest()) {
                outcomes.add(outcome(identifier, passed, failure));
            } else if (!passed) {
                plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest)
                        .forEach(test -> outcomes.add(outcome(test, false, failure)));
            }
        }

        private Outcome outcome(TestIdentifier test, boolean passed, String failure) {
            String method = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(source -> source.getJavaClass().getSimpleName() + "#" + source.getMethodName())
                    .orElse(test.getDisplayName());
            return new Outcome(method, test.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()), passed, failure);
        }
    }
}
