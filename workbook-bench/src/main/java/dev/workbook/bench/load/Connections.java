package dev.workbook.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens N connections to one server, a bounded number at a time (a thundering herd of handshakes
 * measures the accept queue, not the server), joins them all to the room, and drops them at the end.
 */
public final class Connections implements AutoCloseable {

    /** Handshakes in flight at once. */
    public static final int CONNECTS_IN_FLIGHT = 64;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final List<BenchConnection> open;
    private final Samples connectLatency;
    private final long totalNanos;

    private Connections(List<BenchConnection> open, Samples connectLatency, long totalNanos) {
        this.open = open;
        this.connectLatency = connectLatency;
        this.totalNanos = totalNanos;
    }

    /** Opens {@code n} connections and joins each to the room; fails if any cannot. */
    public static Connections open(HttpClient client, Protocol protocol, int port, int n) throws IOException, InterruptedException {
        List<BenchConnection> open = new ArrayList<>(n);
        List<CompletableFuture<BenchConnection>> pending = new ArrayList<>(n);
        Samples latency = new Samples(n);
        Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (!inFlight.tryAcquire(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("no connection completed within " + CONNECT_TIMEOUT.toSeconds() + " s");
            }
            long begun = System.nanoTime();
            pending.add(BenchConnection.open(client, protocol, port, CONNECT_TIMEOUT).whenComplete((c, failed) -> {
                latency.add(System.nanoTime() - begun);
                inFlight.release();
            }));
        }
        try {
            for (CompletableFuture<BenchConnection> each : pending) {
                open.add(await(each, "connect"));
            }
        } catch (IOException failed) {
            pending.forEach(each -> each.thenAccept(BenchConnection::abort)); // leave nothing open behind
            throw failed;
        }
        long total = System.nanoTime() - start;
        Connections connections = new Connections(open, latency, total);
        List<CompletableFuture<Void>> joins = new ArrayList<>(n);
        open.forEach(c -> joins.add(c.join()));
        try {
            for (CompletableFuture<Void> join : joins) {
                await(join, "join the room");
            }
        } catch (IOException failed) {
            connections.close();
            long joined = joins.stream().filter(join -> join.isDone() && !join.isCompletedExceptionally()).count();
            throw new IOException(joined + " of " + n + " connections had their join confirmed; " + failed.getMessage(),
                    failed.getCause());
        }
        return connections;
    }

    public List<BenchConnection> all() {
        return open;
    }

    public int size() {
        return open.size();
    }

    public Samples connectLatency() {
        return connectLatency;
    }

    /** From the first handshake sent to the last connection ready, in milliseconds. */
    public double totalMillis() {
        return totalNanos / 1e6;
    }

    @Override
    public void close() {
        open.forEach(BenchConnection::abort);
    }

    private static <T> T await(CompletableFuture<T> future, String what) throws IOException, InterruptedException {
        try {
            return future.get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            Throwable cause = failed instanceof ExecutionException ? failed.getCause() : failed;
            throw new IOException("a connection failed to " + what + ": " + cause, cause);
        }
    }
}
