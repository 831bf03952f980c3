package dev.workbook.testkit;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounded waits for things that happen on other threads, instead of {@code Thread.sleep}.
 *
 * <p>Every wait polls often and gives up after its timeout with a message that says what did not
 * happen. Given a {@link ServerErrors}, a wait stops at once when the server under test reported
 * an exception, so a broken exercise fails in milliseconds instead of waiting out the timeout.
 */
public final class Await {

    /**
     * For an event on loopback, which comes in milliseconds: long enough for a busy 2-core machine,
     * short enough that a wrong solution fails at once.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    /**
     * For a connection: a TCP and HTTP handshake, and Socket.IO's moving from long polling to
     * WebSocket, which can wait for the server's next ping; no exercise makes a connection slow,
     * so a wrong solution never waits this out.
     */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Duration timeout;
    private final ServerErrors errors;

    private Await(Duration timeout, ServerErrors errors) {
        this.timeout = timeout;
        this.errors = errors;
    }

    /** A wait of {@link #DEFAULT_TIMEOUT} that does not watch any server. */
    public static Await await() {
        return new Await(DEFAULT_TIMEOUT, ServerErrors.none());
    }

    /** A wait of {@link #DEFAULT_TIMEOUT} that fails as soon as {@code errors} holds one. */
    public static Await watching(ServerErrors errors) {
        return new Await(DEFAULT_TIMEOUT, errors);
    }

    /** The same wait with another timeout. */
    public Await atMost(Duration newTimeout) {
        return new Await(newTimeout, errors);
    }

    /** Waits until {@code condition} holds; fails naming {@code what} ("the echo of 'hello'") if it never does. */
    public void until(String what, BooleanSupplier condition) {
        until(what, condition, () -> null);
    }

    /**
     * Waits until {@code condition} holds; if it never does, fails naming {@code what} and what
     * {@code came} says came instead (the events a client received meanwhile, say).
     */
    public void until(String what, BooleanSupplier condition, Supplier<?> came) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            errors.rethrowFirst();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw WaitedInVain.of(what, timeout, came.get());
            }
            parkBriefly();
        }
    }

    /** Waits until {@code supplier} gives a non-null value and returns it. */
    public <T> T value(String what, Supplier<T> supplier) {
        return value(what, supplier, () -> null);
    }

    /** Waits until {@code supplier} gives a non-null value and returns it; on a timeout, {@code came} says what came instead. */
    public <T> T value(String what, Supplier<T> supplier, Supplier<?> came) {
        Object[] holder = new Object[1];
        until(what, () -> (holder[0] = supplier.get()) != null, came);
        @SuppressWarnings("unchecked")
        T value = (T) holder[0];
        return value;
    }

    /** Takes the next element of {@code queue}, waiting at most the timeout. */
    public <T> T next(String what, BlockingQueue<T> queue) {
        return value(what, queue::poll);
    }

    /** Takes the next element of {@code queue}, waiting at most the timeout; on a timeout, {@code came} says what came instead. */
    public <T> T next(String what, BlockingQueue<T> queue, Supplier<?> came) {
        return value(what, queue::poll, came);
    }

    private static void parkBriefly() {
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting");
        }
        java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
    }
}
