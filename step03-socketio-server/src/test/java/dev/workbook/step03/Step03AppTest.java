package dev.workbook.step03;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.socketio.StartingPort;
import dev.workbook.testkit.NoThreadsLeftBehind;
import io.javalin.Javalin;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Step 03 running as a whole: the page, its settings, and the Socket.IO server it points to. Not an exercise. */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class Step03AppTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerErrors errors = new ServerErrors();

    @Test
    @DisplayName("The app serves the page and its Socket.IO client, and /api/config tells the page where the chat is")
    void servesThePageAndItsSettings() throws IOException, InterruptedException {
        try (Step03App app = Step03App.start(Step03Settings.forTests(), errors)) {

            HttpResponse<String> page = get(app.pageUrl());
            HttpResponse<String> client = get(app.pageUrl() + "vendor/socket.io.min.js");
            JsonNode config = JSON.readTree(get(app.pageUrl() + "api/config").body());

            assertThat(page.statusCode()).as("the status of the page %s", app.pageUrl()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as("the page's content type").hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(client.statusCode()).as("the status of the page's Socket.IO client (or of the script that says it is missing)")
                    .isEqualTo(200);
            assertThat(config.path("socketPort").asInt()).as("socketPort in /api/config: %s", config).isEqualTo(app.socketPort());
            assertThat(config.path("namespace").asText()).as("namespace in /api/config").isEqualTo(SocketIoChatServer.NAMESPACE);
            assertThat(config.path("tokenRequired").asBoolean(true)).as("tokenRequired in /api/config, with no token set").isFalse();
            assertThat(config.path("ackTimeoutMillis").asLong()).as("ackTimeoutMillis in /api/config, from the settings")
                    .isEqualTo(Step03Settings.forTests().ackTimeout().toMillis());
            assertThat(config.path("maxTextChars").asInt()).as("maxTextChars in /api/config").isEqualTo(ChatPayload.MAX_TEXT_CHARS);
            assertThat(config.path("maxNicknameChars").asInt()).as("maxNicknameChars in /api/config")
                    .isEqualTo(HandshakeCheck.MAX_NICKNAME_CHARS);
            assertThat(app.socketPort()).as("the Socket.IO port, beside the page's").isNotEqualTo(URI.create(app.pageUrl()).getPort());
        }
    }

    @Test
    @DisplayName("With a token set, /api/config tells the page to ask for one")
    void configSaysWhenATokenIsRequired() throws IOException, InterruptedException {
        try (Step03App app = Step03App.start(Step03Settings.forTests().withToken("secret"), errors)) {

            JsonNode config = JSON.readTree(get(app.pageUrl() + "api/config").body());

            assertThat(config.path("tokenRequired").asBoolean(false)).as("tokenRequired in /api/config: %s", config).isTrue();
            assertThat(config.toString()).as("/api/config must not give the token away").doesNotContain("secret");
        }
    }

    @Test
    @DisplayName("A page that asks for /api/config while the Socket.IO server starts gets its port once it runs, never 0")
    void configWaitsForTheSocketPort() throws Exception {
        StartingPort socketPort = new StartingPort();
        Javalin page = ChatPage.create(socketPort, Step03Settings.forTests()).start("127.0.0.1", 0);
        try {
            CompletableFuture<HttpResponse<String>> asked = HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + page.port() + "/api/config")).GET().build(), HttpResponse.BodyHandlers.ofString());

            socketPort.set(4242);
            HttpResponse<String> answer = asked.get(5, TimeUnit.SECONDS);

            assertThat(answer.statusCode()).as("the status of /api/config asked during start-up: %s", answer.body()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).path("socketPort").asInt()).as("socketPort in %s", answer.body()).isEqualTo(4242);
        } finally {
            page.stop();
        }
    }

    @Test
    @DisplayName("restartChat() brings the Socket.IO server back on the same port")
    void restartKeepsThePort() throws IOException, InterruptedException {
        try (Step03App app = Step03App.start(Step03Settings.forTests(), errors)) {
            int before = app.socketPort();

            app.restartChat();
            HttpResponse<String> handshake = get("http://127.0.0.1:" + app.socketPort() + "/socket.io/?EIO=4&transport=polling");

            assertThat(app.socketPort()).as("the Socket.IO port after restartChat()").isEqualTo(before);
            assertThat(handshake.statusCode()).as("the status of a long-polling handshake after restartChat()").isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
