package dev.workbook.socketio;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The Socket.IO server's port, which the page's server learns once the Socket.IO server runs:
 * the page binds first (so the OS gives it a free port with no race), and a page that asks in
 * between waits a moment for the port instead of being told 0.
 */
public final class StartingPort {

    private final CountDownLatch known = new CountDownLatch(1);
    private volatile int port;

    /** The Socket.IO server listens on {@code socketPort} now. */
    public void set(int socketPort) {
        port = socketPort;
        known.countDown();
    }

    /** The port, once the server has started within {@code wait}; empty if it still has not. */
    public OptionalInt await(Duration wait) {
        try {
            return known.await(wait.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
