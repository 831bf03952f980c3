package dev.workbook.socketio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Socket.IO v4 client over the JDK's WebSocket, just enough for a test: it connects to the
 * default namespace and hands over the events it receives as the text frames they came in.
 */
final class EngineIoClient implements WebSocket.Listener {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket webSocket;

    private EngineIoClient() {
    }

    /** Connects and waits for the default namespace's CONNECT answer. */
    static EngineIoClient connect(HttpClient http, int port) throws IOException, InterruptedException {
        EngineIoClient client = new EngineIoClient();
        URI uri = URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket");
        try {
            client.webSocket = http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(uri, client)
                    .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IOException("could not open a WebSocket to " + uri + ": " + failed, failed);
        }
        String connected = client.nextFrame(CONNECT_TIMEOUT);
        if (connected == null || !connected.startsWith("40")) {
            throw new IOException("expected the namespace CONNECT (40...), got " + connected);
        }
        return client;
    }

    /** The next event frame ({@code 42...}), or null if none came within {@code timeout}. */
    String nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String frame; (frame = nextFrame(Duration.ofNanos(deadline - System.nanoTime()))) != null; ) {
            if (frame.startsWith("42")) {
                return frame;
            }
        }
        return null;
    }

    /** Drops the connection at once. */
    void abort() {
        webSocket.abort();
    }

    private String nextFrame(Duration timeout) throws InterruptedException {
        return events.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        ws.request(1);
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            if (frame.startsWith("0")) {
                ws.sendText("40", true); // Engine.IO open: now connect to the default namespace
            } else if (frame.equals("2")) {
                ws.sendText("3", true); // the server's ping
            } else {
                events.add(frame);
            }
        }
        return null;
    }
}
