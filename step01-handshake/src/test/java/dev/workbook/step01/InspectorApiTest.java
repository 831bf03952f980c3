package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the inspector page reads from its server: where the WebSocket is, and each session's transcript. */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 15, unit = TimeUnit.SECONDS)
class InspectorApiTest {

    private static Step01App app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startApp() throws IOException {
        app = Step01App.start(new Step01Settings("127.0.0.1", 0, 0));
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }

    @Test
    @DisplayName("The page learns the WebSocket server's port from /api/config")
    void configNamesTheWebSocketPort() throws Exception {
        String config = get("api/config").body();

        assertThat(config).as("/api/config").contains("\"webSocketPort\":" + app.webSocketPort());
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesMessages
    @DisplayName("A connection that names a session gets its handshake and frames recorded")
    void sessionTranscriptIsRecorded() throws Exception {
        RecordingListener heard = new RecordingListener();
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + app.webSocketPort() + "/?session=test-42"), heard).join();
        socket.sendText("inspect me", true).join();
        Await.await().next("the echo", heard.texts);

        String transcript = Await.await().value("a transcript with both frames", () -> {
            String body = get("api/transcripts/test-42").body();
            return body.contains("\"SENT\"") ? body : null;
        });

        assertThat(transcript).as("the transcript of session test-42")
                .contains("GET /?session=test-42 HTTP/1.1", "HTTP/1.1 101 Switching Protocols", "\"RECEIVED\"", "inspect me");
        assertThat(get("api/transcripts/nobody").statusCode()).as("the status for an unknown session").isEqualTo(404);
        socket.abort();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(app.pageUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
