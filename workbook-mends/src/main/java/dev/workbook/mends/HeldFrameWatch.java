package dev.workbook.mends;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends on frames that Java-WebSocket 1.6.0's selector left waiting in a connection's queue, by
 * asking it every {@value #PERIOD_MILLIS} ms to write them (see docs/library-notes.md, "A frame
 * held by the selector").
 */
@Mend(library = "org.java-websocket:Java-WebSocket", version = "1.6.0",
        canary = "HeldFrameWatchCanaryTest#holdsAFrameSentAsTheSelectorFinishesAWrite",
        notes = "a-frame-held-by-the-selector")
public final class HeldFrameWatch implements AutoCloseable {

    static final long PERIOD_MILLIS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(HeldFrameWatch.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "held-frame-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts looking at {@code connections} every {@value #PERIOD_MILLIS} ms. */
    public HeldFrameWatch(Supplier<Collection<WebSocket>> connections) {
        timer.scheduleWithFixedDelay(() -> sendOnHeldFrames(connections.get()), PERIOD_MILLIS, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private static void sendOnHeldFrames(Collection<WebSocket> connections) {
        for (WebSocket connection : connections) {
            if (connection instanceof WebSocketImpl impl && !impl.outQueue.isEmpty()) {
                SelectionKey key = impl.getSelectionKey();
                try {
                    if (key != null && key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) == 0) {
                        LOG.debug("{}: a frame was held in the queue; asking the selector to write it", connection.getRemoteSocketAddress());
                        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                        key.selector().wakeup();
                    }
                } catch (CancelledKeyException closing) {
                    // the connection is closing: nothing left to send on
                }
            }
        }
    }

    /** Stops looking, and waits for the timer thread to end, so that none is left behind. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
