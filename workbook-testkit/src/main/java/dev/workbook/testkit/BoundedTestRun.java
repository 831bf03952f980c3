package dev.workbook.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of a step's tests for the watch, through the JUnit Platform launcher on a thread of its
 * own with a deadline: a learner's endless loop, or a wait for an answer that never comes, is
 * stopped there, the rest of the run cancelled, and its class loader dropped.
 */
final class BoundedTestRun {

    /** How long threads get to end once a run is over, or once it was stopped. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    /**
     * What a run gave.
     *
     * @param progress the step's progress after the run, empty when the run never ended
     * @param firstFailure the first failed test's name and message, in full
     * @param stopped why the run was stopped at its deadline, and where it was
     * @param leftRunning threads the run started that were still running after it
     */
    record Verdict(Optional<StepProgress> progress, Optional<String> firstFailure, Optional<String> stopped, List<String> leftRunning) {
    }

    private BoundedTestRun() {
    }

    /** How a run ends: every test run, or the rest skipped once one failed. */
    enum Until { ALL_RAN, FIRST_FAILURE }

    /**
     * Runs {@code testClasses} from {@code folders} (first first), keeping the tests {@code tags}
     * selects; with {@link Until#FIRST_FAILURE} the rest are cancelled once a test fails, so that a
     * wrong answer is told as soon as it is known, not after the slowest page test; {@code following}
     * hears the run as it goes.
     */
    static Verdict run(URL[] folders, List<String> testClasses, String tags, Map<String, String> parameters, Duration deadline,
                       String stepPackage, Until until, TestExecutionListener following) throws InterruptedException {
        Set<Long> before = NoThreadsLeftBehind.liveThreadIds();
        Optional<ExerciseRun> outer = ExerciseRun.current();
        CancellationToken token = CancellationToken.create();
        Follower follower = new Follower(stepPackage, until == Until.FIRST_FAILURE ? token : null);
        ExerciseProgress progress = ExerciseProgress.silent();
        ChildFirstClassLoader loader = new ChildFirstClassLoader(folders, BoundedTestRun.class.getClassLoader());
        Thread runner = new Thread(() -> execute(loader, testClasses, tags, parameters, token,
                List.of(progress, follower, following)), "workbook-watch-run");
        runner.setDaemon(true);
        runner.setContextClassLoader(loader);
        runner.start();
        runner.join(deadline.toMillis());
        Optional<String> stopped = Optional.empty();
        if (runner.isAlive()) {
            stopped = Optional.of(stuck(runner, follower.running, deadline, stepPackage));
            token.cancel();
            stop(runner);
            runner.join(GRACE.toMillis());
            NoThreadsLeftBehind.leftovers(before).stream().filter(thread -> thread != runner).forEach(BoundedTestRun::stop);
        }
        List<String> left = leftRunning(before);
        boolean ended = !runner.isAlive();
        if (!ended) {
            ExerciseRun.current().filter(run -> outer.map(o -> o != run).orElse(true)).ifPresent(ExerciseRun::close);
        } else {
            close(loader);
        }
        return new Verdict(ended ? Optional.ofNullable(progress.progress()) : Optional.empty(), Optional.ofNullable(follower.first),
                stopped, left);
    }

    private static void execute(ClassLoader loader, List<String> testClasses, String tags, Map<String, String> parameters,
                                CancellationToken token, List<TestExecutionListener> listeners) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(testClasses.stream().map(name -> selectClass(loader, name)).collect(Collectors.toList()))
                .filters(TagFilter.includeTags(tags))
                .configurationParameters(parameters)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
        launcher.execute(LauncherExecutionRequestBuilder.request(request).listeners(listeners.toArray(TestExecutionListener[]::new))
                .cancellationToken(token).build());
    }

    /** "Stopped after 10 s: \"adds two numbers\" was running, at sample.Tally.add(Tally.java:12)". */
    private static String stuck(Thread runner, String test, Duration deadline, String stepPackage) {
        String where = Arrays.stream(runner.getStackTrace()).filter(frame -> frame.getClassName().startsWith(stepPackage + "."))
                .findFirst().map(frame -> ", at " + frame).orElse("");
        return "Stopped after " + deadline.toSeconds() + " s: \"" + (test == null ? "the start of the run" : test) + "\" was running"
                + where + ".\nAn endless loop, or a wait for an answer that never comes? The watch stopped it; save to try again.";
    }

    /**
     * Stops a thread stuck in the learner's code. {@code Thread.stop} is the only way to end a loop
     * that never looks at its interrupt flag; JDK 20 and later refuse it, and then the thread is
     * abandoned, with its class loader, and the watch says so.
     */
    @SuppressWarnings("deprecation")
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.stop();
        } catch (UnsupportedOperationException refused) {
            // left running, reported by leftRunning
        }
    }

    private static List<String> leftRunning(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> left = NoThreadsLeftBehind.leftovers(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            left.get(0).join(50);
            left = NoThreadsLeftBehind.leftovers(before);
        }
        return left.stream().map(Thread::getName).toList();
    }

    private static void close(ChildFirstClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not close the watch's class loader", e);
        }
    }

    /** Keeps which test is running and the first failure, in the learner's words; cancels the run at it if told to. */
    private static final class Follower implements TestExecutionListener {
        private final String stepPackage;
        private final CancellationToken cancelAtFailure;
        private volatile String running;
        private volatile String first;

        Follower(String stepPackage, CancellationToken cancelAtFailure) {
            this.stepPackage = stepPackage;
            this.cancelAtFailure = cancelAtFailure;
        }

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (identifier.getParentId().isPresent()) {
                running = identifier.getDisplayName(); // a class too: its @BeforeAll may be what is stuck
            }
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            Optional<Throwable> thrown = result.getThrowable();
            if (first == null && result.getStatus() == TestExecutionResult.Status.FAILED && thrown.isPresent()
                    && !(thrown.get() instanceof ThreadDeath)) {
                first = identifier.getDisplayName() + ":\n" + describe(thrown.get(), stepPackage);
                if (cancelAtFailure != null) {
                    cancelAtFailure.cancel();
                }
            }
        }
    }

    /** A failure in full: an assertion's or a stub's message as written, else the exception, its causes, and where in the step's code. */
    static String describe(Throwable thrown, String stepPackage) {
        boolean ownWords = thrown instanceof AssertionError || String.valueOf(thrown.getMessage()).contains(" is not done yet");
        StringBuilder text = new StringBuilder(ownWords && thrown.getMessage() != null ? thrown.getMessage().strip() : thrown.toString());
        for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\n  caused by: ").append(cause);
        }
        if (!(thrown instanceof AssertionError)) {
            Arrays.stream(thrown.getStackTrace()).filter(frame -> frame.getClassName().startsWith(stepPackage + "."))
                    .findFirst().ifPresent(frame -> text.append("\n  at ").append(frame));
        }
        return text.toString();
    }
}
