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
 * A message over the transports' limit ({@link WorkbookServerConfig#MAX_PAYLOAD_BYTES}) gets an
 * answer a client can tell: over WebSocket a close with 1009 (RFC 6455 section 7.4.1), where
 * netty-socketio 2.0.14 drops it without a word and keeps the connection, so that a client waits for
 * an ack that never comes; over long polling a 413 (RFC 9110 section 15.5.14), where the library
 * closes the connection without a byte.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OversizeAnswerTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final String OVERSIZED = "42[\"chat message\",\"" + "x".repeat(WorkbookServerConfig.MAX_PAYLOAD_BYTES) + "\"]";
    private static final String POLLING = "/socket.io/?EIO=4&transport=polling&sid=";
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

    @Test
    @DisplayName("A long-polling POST over 64 KiB is answered 413, and the connection closed after it")
    void oversizedPollingPostIsAnswered413() throws IOException {
        RawHttp answer = RawHttp.send(server.port(), "POST", POLLING + server.pollingSession(), "4" + OVERSIZED);

        assertOversizeAnswer(answer);
    }

    @Test
    @DisplayName("A chunked long-polling POST that grows over 64 KiB is answered 413 as well, and others are served on")
    void oversizedChunkedPostIsAnswered413() throws IOException {
        RawHttp answer = RawHttp.sendChunked(server.port(), "POST", POLLING + server.pollingSession(), "4" + OVERSIZED, 16 * 1024);
        RawHttp next = RawHttp.send(server.port(), "POST", POLLING + server.pollingSession(), "4" + "[\"hello\"]");

        assertOversizeAnswer(answer);
        assertThat(next.status()).as("the status of another session's small POST after the refused one: %s", next).isEqualTo(200);
    }

    @Test
    @DisplayName("The library closes a long-polling POST over 64 KiB without an answer: OversizeRequestAnswer")
    void theLibraryClosesAPostTooBigWithoutAnAnswer() throws IOException {
        try (ProtocolTestServer library = ProtocolTestServer.plain()) {
            String session = library.pollingSession();
            String answered;
            try {
                RawHttp answer = RawHttp.send(library.port(), "POST", POLLING + session, "4" + OVERSIZED);
                answered = answer.status() == 0 ? "no answer" : "status " + answer.status() + " " + answer.body();
            } catch (IOException reset) {
                answered = "no answer: " + reset;
            }

            assertThat(answered)
                    .withFailMessage("netty-socketio now answers a long-polling POST over %d bytes with %s: remove this mend, "
                            + "OversizeRequestAnswer", WorkbookServerConfig.MAX_PAYLOAD_BYTES, answered)
                    .startsWith("no answer");
        }
    }

    private static void assertOversizeAnswer(RawHttp answer) {
        assertThat(answer.status()).as("the status of a POST over %d bytes: %s", WorkbookServerConfig.MAX_PAYLOAD_BYTES, answer)
                .isEqualTo(413);
        assertThat(answer.body()).as("the body of the 413").contains("at most " + WorkbookServerConfig.MAX_PAYLOAD_BYTES + " bytes");
        assertThat(answer.closedAfter()).as("whether the server closed the connection after its 413").isTrue();
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
