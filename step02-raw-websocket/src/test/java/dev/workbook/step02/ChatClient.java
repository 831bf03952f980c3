package dev.workbook.step02;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.testkit.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), client).orTimeout(5, TimeUnit.SECONDS).join();
        } catch (CompletionException failed) {
            throw new AssertionError("Could not connect to the chat on port " + port + ": " + failed.getCause(), failed.getCause());
        }
        return client;
    }

    /** Connects and joins as {@code nickname}, waiting for the welcome. */
    static ChatClient joined(int port, Await await, String nickname) {
        ChatClient client = connect(port, await);
        client.send("{\"type\":\"join\",\"nickname\":" + quote(nickname) + "}");
        client.next("welcome");
        return client;
    }

    /** Sends one text frame as it is, valid JSON or not. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends a chat message with a client id. */
    void say(String text, String clientId) {
        send("{\"type\":\"chat\",\"text\":" + quote(text) + ",\"clientId\":" + quote(clientId) + "}");
    }

    /** Waits for the next envelope and checks its type; envelopes of other types before it are skipped. */
    JsonNode next(String type) {
        while (true) {
            JsonNode envelope = await.next("a '" + type + "' envelope", received);
            if (envelope.path("type").asText().equals(type)) {
                return envelope;
            }
        }
    }

    /** Waits for the connection to close and returns how. */
    Closed awaitClose() {
        return await.value("the connection to close", () -> closed.isDone() ? closed.join() : null);
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
