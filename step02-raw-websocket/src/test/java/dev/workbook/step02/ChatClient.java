package dev.workbook.step02;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.testkit.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat client on the JDK's own {@link WebSocket}, for tests: sends envelopes, keeps every
 * envelope it receives, and waits for the next one of a given type.
 */
final class ChatClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the connection ended. */
    record Closed(int code, String reason) {
    }

    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();
    private final AtomicInteger pings = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private final Await await;
    private WebSocket socket;

    private ChatClient(Await await) {
        this.await = await;
    }

    /** Connects to the chat on {@code port}; {@code await} decides how long to wait and which server errors end a wait. */
    static ChatClient connect(int port, Await await) {
        ChatClient client = new ChatClient(await);
        try {
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Await.CONNECT_TIMEOUT)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), client)
                    .orTimeout(Await.CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
        } catch (CompletionException failed) {
            throw new AssertionError("Could not connect to the chat on port " + port + ": " + failed.getCause(), failed.getCause());
        }
        return client;
    }

    /** Connects and joins as {@code nickname}, waiting for the welcome: the first envelope a new connection gets. */
    static ChatClient joined(int port, Await await, String nickname) {
        ChatClient client = connect(port, await);
        try {
            client.join(nickname);
            JsonNode answer = client.nextEnvelope();
            if (!answer.path("type").asText().equals("welcome")) {
                throw new AssertionError(Step02Exercises.PRESENCE + ": joining as '" + nickname
                        + "' should be answered with a welcome, but the answer was " + answer);
            }
            return client;
        } catch (RuntimeException | Error failed) {
            client.close();
            throw failed;
        }
    }

    /** Sends one text frame as it is, valid JSON or not. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Starts sending one text frame and returns at once: for frames the server may refuse before it has read them. */
    void sendWithoutWaiting(String text) {
        socket.sendText(text, true);
    }

    /** Sends one text message in several frames (fragments), not waiting for the last to be written. */
    void sendFragments(String... parts) {
        for (int i = 0; i < parts.length - 1; i++) {
            socket.sendText(parts[i], false).join();
        }
        socket.sendText(parts[parts.length - 1], true);
    }

    /** Sends one binary frame. */
    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** Asks to join as {@code nickname}, without waiting for the answer. */
    void join(String nickname) {
        send("{\"type\":\"join\",\"nickname\":" + quote(nickname) + "}");
    }

    /** Sends a chat message with a client id. */
    void say(String text, String clientId) {
        send("{\"type\":\"chat\",\"text\":" + quote(text) + ",\"clientId\":" + quote(clientId) + "}");
    }

    /** Starts the closing handshake with 1000 (normal closure). */
    void sendClose() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    /** Waits for the next envelope and checks its type; envelopes of other types before it are skipped. */
    JsonNode next(String type) {
        return next(type, await);
    }

    /** The same as {@link #next(String)}, waiting at most {@code within}. */
    JsonNode next(String type, Duration within) {
        return next(type, await.atMost(within));
    }

    private JsonNode next(String type, Await wait) {
        while (true) {
            JsonNode envelope = wait.next("a '" + type + "' envelope", received);
            if (envelope.path("type").asText().equals(type)) {
                return envelope;
            }
        }
    }

    /** Waits for the very next envelope, whatever its type. */
    JsonNode nextEnvelope() {
        return await.next("the next envelope", received);
    }

    /**
     * Sends a ping and waits for its pong. The server answers a ping on the thread that handles
     * every message, after whatever it was doing, and a connection delivers in order: so once the
     * pong is back, everything the server had sent this client before has arrived, and a test can
     * check that nothing else came. It also shows the connection is still open.
     */
    void roundTrip() {
        String payload = "round-trip-" + pings.incrementAndGet();
        socket.sendPing(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8))).join();
        String pong = await.next("the pong for the ping '" + payload + "'", pongs);
        if (!pong.equals(payload)) {
            throw new AssertionError("Expected the pong for '" + payload + "' but got one for '" + pong + "'");
        }
    }

    /**
     * Waits for the connection to close and returns how. It does not watch the server's errors: the
     * close is what the test is about, whatever the chat reports while it cleans up.
     */
    Closed awaitClose() {
        return Await.await().value("the connection to close", () -> closed.isDone() ? closed.join() : null);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                received.add(JSON.createObjectNode().put("type", "not-json").put("text", partial.toString()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        pongs.add(StandardCharsets.UTF_8.decode(message).toString());
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(1006, String.valueOf(error)));
    }

    @Override
    public void close() {
        socket.abort();
    }
}
