package dev.workbook.socketio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An Engine.IO session over a plain WebSocket (the JDK's client), text frames in and out, so a test
 * speaks the protocol packet by packet as its document writes them.
 */
final class RawWebSocket implements AutoCloseable {

    /** What {@link #next} gives once the server closed the WebSocket. */
    static final String CLOSED = "(closed)";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile Integer closeStatus;
    private final WebSocket socket;

    private RawWebSocket(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().buildAsync(uri, new Collector()).join();
    }

    /** A WebSocket-only session on the default path: its first frame is the open packet. */
    static RawWebSocket open(int port) {
        return new RawWebSocket(URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket"));
    }

    void send(String packet) {
        socket.sendText(packet, true).join();
    }

    /** The next frame the server sent, {@link #CLOSED} once it closed (with a Close frame or not), or null when nothing came in {@code wait}. */
    String next(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The status code of the server's Close frame, or null when none came (yet). */
    Integer closeStatus() {
        return closeStatus;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeStatus = statusCode;
            received.add(CLOSED);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            received.add(CLOSED);
        }
    }
}
