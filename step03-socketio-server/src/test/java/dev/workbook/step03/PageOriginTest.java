package dev.workbook.step03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TransportsUnderTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Which pages may connect, seen on the wire: the server checks the Origin of the first request of
 * every session, long polling or WebSocket, and answers a page it does not serve with a bare 401.
 * The server's own code, not an exercise.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PageOriginTest {

    private static final String EVIL = "http://evil.example";
    private static final ServerErrors ERRORS = new ServerErrors();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Step03App app;
    private static String pageOrigin;

    @BeforeAll
    static void startApp() throws IOException {
        app = Step03App.start(Step03Settings.forTests(), ERRORS);
        URI page = URI.create(app.pageUrl());
        pageOrigin = "http://" + page.getHost() + ":" + page.getPort();
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }

    @Test
    @DisplayName("A long-polling handshake from another site's page gets 401, from the chat's page 200 with a session")
    void pollingHandshakeChecksTheOrigin() throws IOException, InterruptedException {
        HttpResponse<String> fromEvil = pollingHandshake(EVIL);
        HttpResponse<String> fromPage = pollingHandshake(pageOrigin);
        HttpResponse<String> fromPageAsLocalhost = pollingHandshake(pageOrigin.replace("127.0.0.1", "localhost"));

        assertThat(fromEvil.statusCode()).as("the status for Origin: %s", EVIL).isEqualTo(401);
        assertThat(fromPage.statusCode()).as("the status for the page's own Origin: %s", pageOrigin).isEqualTo(200);
        assertThat(fromPage.body()).as("the body for the page's Origin: Engine.IO's open packet").startsWith("0{").contains("\"sid\"");
        assertThat(fromPageAsLocalhost.statusCode()).as("the status for the page opened as localhost").isEqualTo(200);
    }

    @Test
    @DisplayName("A WebSocket upgrade from another site's page gets 401, from the chat's page 101")
    void webSocketUpgradeChecksTheOrigin() {
        int fromEvil = webSocketHandshakeStatus(EVIL);
        int fromPage = webSocketHandshakeStatus(pageOrigin);

        assertThat(fromEvil).as("the status of a WebSocket upgrade with Origin: %s (browsers apply no CORS to WebSocket)", EVIL)
                .isEqualTo(401);
        assertThat(fromPage).as("the status of a WebSocket upgrade with the page's Origin").isEqualTo(101);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @DisplayName("A Socket.IO client claiming another site's Origin never gets in, whatever its transport")
    void clientFromAnotherSiteNeverConnects(ChatTestClient.Transports transports) {
        Map<String, List<String>> headers = Map.of("Origin", List.of(EVIL));
        try (ChatTestClient eve = new ChatTestClient(app.socketPort(), transports, Map.of("nickname", "eve"), headers,
                Await.watching(ERRORS))) {

            Object error = eve.nextConnectError();

            assertThat(error).as("connect_error: a transport failure, since a 401 carries no Socket.IO packet")
                    .isInstanceOf(Exception.class);
            assertThat(String.valueOf(((Exception) error).getCause())).as("the cause of the transport failure").contains("401");
            assertThat(eve.connects()).as("how often the client from %s connected", EVIL).isZero();
        }
    }

    private static HttpResponse<String> pollingHandshake(String origin) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(socketUri("http", "polling")).header("Origin", origin)
                .timeout(Duration.ofSeconds(5)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a WebSocket handshake with that Origin: 101 when it opened (closed again at once). */
    private static int webSocketHandshakeStatus(String origin) {
        try {
            WebSocket socket = HTTP.newWebSocketBuilder().header("Origin", origin).connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(socketUri("ws", "websocket"), new WebSocket.Listener() { }).join();
            socket.abort();
            return 101;
        } catch (CompletionException failed) {
            assertThat(failed.getCause()).as("why the WebSocket handshake with Origin %s failed", origin)
                    .isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) failed.getCause()).getResponse().statusCode();
        }
    }

    private static URI socketUri(String scheme, String transport) {
        return URI.create(scheme + "://127.0.0.1:" + app.socketPort() + "/socket.io/?EIO=4&transport=" + transport);
    }
}
