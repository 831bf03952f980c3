package dev.workbook.bench.classroom;

import dev.workbook.bench.load.Samples;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * The open board pages of the simulated class, as WebSocket clients: each change they receive is
 * matched to the report that caused it (by learner and run number), and its delay recorded.
 */
final class BoardWatchers implements AutoCloseable {

    private final List<Watcher> watchers = new ArrayList<>();
    private final SentReports sent;
    private final Samples delays;

    BoardWatchers(SentReports sent, Samples delays) {
        this.sent = sent;
        this.delays = delays;
    }

    void open(String liveUrl, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Watcher watcher = new Watcher(URI.create(liveUrl));
            if (!watcher.connectBlocking(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("board page " + i + " could not connect to " + liveUrl);
            }
            watchers.add(watcher);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Watcher watcher : watchers) {
            watcher.closeBlocking();
        }
    }

    /** One page: it records the delay of every row change that matches a report sent while measuring. */
    private final class Watcher extends WebSocketClient {
        Watcher(URI uri) {
            super(uri);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
            long now = System.nanoTime();
            LiveRows.rowIn(message).ifPresent(row -> {
                long sentAt = sent.sentAt(row.get("name").asText(), row.get("runs").asInt());
                if (sentAt > 0) {
                    delays.add(now - sentAt);
                }
            });
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
        }

        @Override
        public void onError(Exception e) {
        }
    }
}
