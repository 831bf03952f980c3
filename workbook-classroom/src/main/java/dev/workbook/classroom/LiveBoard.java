package dev.workbook.classroom;

import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open board pages, and the one thread that sends them each change: a report's answer never
 * waits for a slow projector's socket, and no two sends to one socket overlap.
 */
final class LiveBoard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBoard.class);

    private final Set<WsContext> pages = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "classroom-board-live");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * A new page: it joins the pages first and gets the whole board after, on the sending thread, so
     * that a report taken meanwhile is either in that board or in a change sent after it, never lost.
     */
    void opened(WsContext page, Supplier<String> snapshot) {
        pages.add(page);
        sender.execute(() -> send(page, snapshot.get()));
    }

    void closed(WsContext page) {
        pages.remove(page);
    }

    /** Sends {@code message} to every open page, in the order changes were taken. */
    void broadcast(String message) {
        sender.execute(() -> pages.forEach(page -> send(page, message)));
    }

    /**
     * Pings every page: Jetty closes a WebSocket silent for 30 s, and a board can be quiet that
     * long while the class reads; the browser's automatic pong keeps the projector's page open.
     */
    void ping() {
        sender.execute(() -> pages.forEach(page -> {
            try {
                if (page.session.isOpen()) {
                    page.sendPing(ByteBuffer.allocate(0));
                }
            } catch (RuntimeException e) {
                pages.remove(page);
            }
        }));
    }

    int pageCount() {
        return pages.size();
    }

    private void send(WsContext page, String message) {
        try {
            if (page.session.isOpen()) {
                page.send(message);
            }
        } catch (RuntimeException e) {
            LOG.info("a board page went away while it was sent a change: {}", e.toString());
            pages.remove(page);
        }
    }

    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(2, TimeUnit.SECONDS)) {
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
