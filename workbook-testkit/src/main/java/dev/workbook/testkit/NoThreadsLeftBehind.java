package dev.workbook.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves threads running after its last test: a server it did not stop,
 * a client it did not close.
 *
 * <p>Use with {@code @ExtendWith(NoThreadsLeftBehind.class)}. Threads get a short grace period to
 * end, because closing a socket or an executor ends its threads a moment later.
 */
public final class NoThreadsLeftBehind implements BeforeAllCallback, AfterAllCallback {

    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NoThreadsLeftBehind.class);

    /**
     * Threads the JVM or a library keeps for itself, started lazily, not owned by any test. OkHttp 3's
     * connection pool cleaner (socket.io-client-java) is a daemon that outlives a closed web socket
     * by its keep-alive; Netty's global executor ends a second after a server stops; Engine.IO's
     * heartbeat timer (socket.io-client-java) can outlive a closed client until its last timeout,
     * when a ping came in as it closed.
     */
    private static final List<String> SHARED_THREAD_PREFIXES = List.of(
            "HttpClient-", "Common-Cleaner", "process reaper", "ForkJoinPool", "Attach Listener",
            "surefire-forkedjvm", "junit-", "JNA Cleaner", "Keep-Alive", "Exec Default Executor",
            "Okio Watchdog", "OkHttp TaskRunner", "OkHttp ConnectionPool", "globalEventExecutor",
            "Forwarding ", "UrlChecker-", "CompletableFuture", "engine.io-client.heartbeat-");

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", liveThreadIds());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        @SuppressWarnings("unchecked")
        Set<Long> before = (Set<Long>) context.getStore(NAMESPACE).get("before", Set.class);
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> leftovers = leftovers(before);
        while (!leftovers.isEmpty() && System.nanoTime() < deadline) {
            leftovers.get(0).join(50);
            leftovers = leftovers(before);
        }
        if (!leftovers.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " left threads running: "
                    + leftovers.stream().map(Thread::getName).collect(Collectors.joining(", "))
                    + ". Stop every server and close every client in the test's teardown.");
        }
    }

    /** The ids of the threads alive now; the watch takes the same snapshot around each of its runs. */
    static Set<Long> liveThreadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    /** The threads alive now that were not in {@code before}, leaving out those the JVM and libraries share. */
    static List<Thread> leftovers(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> !before.contains(thread.getId()))
                .filter(thread -> !KeptChromium.owns(thread))
                .filter(thread -> SHARED_THREAD_PREFIXES.stream().noneMatch(thread.getName()::startsWith))
                .collect(Collectors.toList());
    }
}
