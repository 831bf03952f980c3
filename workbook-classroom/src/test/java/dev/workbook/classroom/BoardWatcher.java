package dev.workbook.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.testkit.Await;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/** A board page as a program: a real WebSocket client on {@code /live} that keeps every message it gets. */
final class BoardWatcher extends WebSocketClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

    private BoardWatcher(URI uri) {
        super(uri);
    }

    /** Connects, and waits for the whole board the server sends first. */
    static BoardWatcher open(String liveUrl) throws InterruptedException {
        BoardWatcher watcher = new BoardWatcher(URI.create(liveUrl));
        if (!watcher.connectBlocking(5, TimeUnit.SECONDS)) {
            throw new AssertionError("the board's WebSocket " + liveUrl + " did not open within 5 s");
        }
        return watcher;
    }

    /** The next message, in the order the board sent them: fails naming {@code what} if none comes in time. */
    JsonNode next(String what, Duration timeout) {
        return Await.await().atMost(timeout).next(what, messages);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onMessage(String message) {
        try {
            messages.add(JSON.readTree(message));
        } catch (IOException e) {
            throw new IllegalStateException("the board sent something that is not JSON: " + message, e);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
    }

    @Override
    public void onError(Exception e) {
    }

    /** Closes and waits for the client's threads to end. */
    void stop() throws InterruptedException {
        closeBlocking();
    }
}
