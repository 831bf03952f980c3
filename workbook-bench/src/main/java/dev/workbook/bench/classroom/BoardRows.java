package dev.workbook.bench.classroom;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A board page as a WebSocket client: keeps, per learner and exercise, when the board first showed
 * that exercise passed, so that a rehearsal can time a verdict's way to the projector.
 */
final class BoardRows extends WebSocketClient {

    private final ConcurrentMap<String, Long> firstPassed = new ConcurrentHashMap<>();

    private BoardRows(URI live) {
        super(live);
    }

    static BoardRows open(int boardPort) throws InterruptedException {
        BoardRows rows = new BoardRows(URI.create("ws://127.0.0.1:" + boardPort + "/live"));
        if (!rows.connectBlocking(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not open the board's live connection on port " + boardPort);
        }
        return rows;
    }

    /**
     * When (System.nanoTime) the board first showed {@code exercise} passed for {@code learner},
     * waiting up to {@code timeoutMillis}; 0 if it never did.
     */
    long awaitPassed(String learner, String exercise, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (firstPassed) {
            while (!firstPassed.containsKey(learner + "#" + exercise) && System.nanoTime() < deadline) {
                firstPassed.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            return firstPassed.getOrDefault(learner + "#" + exercise, 0L);
        }
    }

    @Override
    public void onMessage(String message) {
        long now = System.nanoTime();
        LiveRows.rowIn(message).ifPresent(row -> {
            String name = row.path("name").asText();
            synchronized (firstPassed) {
                row.path("states").fields().forEachRemaining(state -> {
                    if ("passed".equals(state.getValue().asText())) {
                        firstPassed.putIfAbsent(name + "#" + state.getKey(), now);
                    }
                });
                firstPassed.notifyAll();
            }
        });
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
    }

    @Override
    public void onError(Exception e) {
    }
}
