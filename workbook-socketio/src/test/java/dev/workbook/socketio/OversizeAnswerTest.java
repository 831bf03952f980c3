package dev.workbook.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WebSocket message over the transports' limit ({@link WorkbookServerConfig#MAX_PAYLOAD_BYTES})
 * gets an answer a client can tell, a close with 1009 (RFC 6455 section 7.4.1). netty-socketio
 * 2.0.14 drops it without a word and keeps the connection: a client waits for an ack that never comes.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OversizeAnswerTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final String OVERSIZED = "42[\"chat message\",\"" + "x".repeat(WorkbookServerConfig.MAX_PAYLOAD_BYTES) + "\"]";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ProtocolTestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = ProtocolTestServer.mended();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("A WebSocket message over 64 KiB is answered with close 1009, message too big")
    void oversizedWebSocketMessageIsClosedWith1009() throws InterruptedException, ExecutionException {
        CompletableFuture<String> closed = new CompletableFuture<>();
        WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port()
                + "/socket.io/?EIO=4&transport=websocket"), new CloseWatch(closed)).get();
        try {
            socket.sendText(OVERSIZED, true).get();
            String answer;
            try {
                answer = closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                answer = "no close in " + WAIT.toMillis() + " ms";
            }
            assertThat(answer).as("what the server answered a WebSocket message over %d bytes", WorkbookServerConfig.MAX_PAYLOAD_BYTES)
                    .startsWith("close 1009");
        } finally {
            socket.abort();
        }
    }

    @Test
    @DisplayName("The library drops a WebSocket message over 64 KiB in silence and keeps the connection: OversizeAnswer")
    void theLibraryDropsItInSilence() throws InterruptedException, ExecutionException, IOException {
        try (ProtocolTestServer library = ProtocolTestServer.plain()) {
            CompletableFuture<String> closed = new CompletableFuture<>();
            CompletableFuture<String> connected = new CompletableFuture<>();
            WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + library.port()
                    + "/socket.io/?EIO=4&transport=websocket"), new CloseWatch(closed, connected)).get();
            try {
                socket.sendText(OVERSIZED, true).get();
                socket.sendText("40" + ProtocolTestServer.NAMESPACE + ",", true).get();
                String after;
                try {
                    after = CompletableFuture.anyOf(closed, connected).get(WAIT.toMillis(), TimeUnit.MILLISECONDS).toString();
                } catch (TimeoutException e) {
                    after = "neither a close nor an answer to a CONNECT in " + WAIT.toMillis() + " ms";
                }

                assertThat(after)
                        .withFailMessage("netty-socketio now answers a WebSocket message over %d bytes with %s: remove this mend, "
                                + "OversizeAnswer", WorkbookServerConfig.MAX_PAYLOAD_BYTES, after)
                        .startsWith("40" + ProtocolTestServer.NAMESPACE + ",{\"sid\":");
            } finally {
                socket.abort();
            }
        }
    }

    /**
     * Completes {@code closed} with "close CODE REASON" when the server closes, or "error ..." when the
     * connection fails, and {@code connected} with the answer to a CONNECT to the test namespace.
     */
    private record CloseWatch(CompletableFuture<String> closed, CompletableFuture<String> connected) implements WebSocket.Listener {
        CloseWatch(CompletableFuture<String> closed) {
            this(closed, new CompletableFuture<>());
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (data.toString().startsWith("40" + ProtocolTestServer.NAMESPACE + ",")) {
                connected.complete(data.toString());
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete("close " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
