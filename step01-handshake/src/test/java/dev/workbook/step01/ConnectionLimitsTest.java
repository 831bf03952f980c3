package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step01.RawWebSocketClient.ServerFrame;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's own limits once clients are connected: how many it serves at once, and how long one may stay silent. */
@OpensAWebSocket
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ConnectionLimitsTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(300);
    private static final int MAX_CONNECTIONS = 2;

    @Test
    @Tag("exercise-1.5")
    @DisplayName("A WebSocket that stays silent for longer than the idle timeout is closed with 1001")
    void silentWebSocketIsClosed() throws IOException {
        try (EchoServerFixture server = EchoServerFixture.start(EchoServerFixture.settings().withIdleTimeout(IDLE_TIMEOUT),
                MessageHandler.ECHO);
             RawWebSocketClient client = RawWebSocketClient.connect(server.port())) {
            ServerFrame frame = closeFrameOf(client);

            assertThat(frame.opcode()).as("the frame a client silent for %d ms gets", IDLE_TIMEOUT.toMillis()).isEqualTo(0x8);
            assertThat(frame.closeCode()).as("the close code for a connection idle for too long").isEqualTo(1001);
        }
    }

    @Test
    @DisplayName("Past the limit of connections a new client is answered 503, and gets its turn once another leaves")
    void clientsPastTheLimitAreRefused() throws IOException {
        try (EchoServerFixture server = EchoServerFixture.start(EchoServerFixture.settings().withMaxConnections(MAX_CONNECTIONS),
                MessageHandler.ECHO);
             RawWebSocketClient first = RawWebSocketClient.connect(server.port());
             RawWebSocketClient second = RawWebSocketClient.connect(server.port())) {
            String refused = handshakeAnswer(server.port());
            first.close();

            assertThat(refused).as("the answer to a client past the limit of %d connections", MAX_CONNECTIONS)
                    .startsWith("HTTP/1.1 503 ");
            server.await().until("a new client to get 101 once one of the " + MAX_CONNECTIONS + " has left",
                    () -> handshakeAnswer(server.port()).startsWith("HTTP/1.1 101 "));
        }
    }

    private static ServerFrame closeFrameOf(RawWebSocketClient client) throws IOException {
        try {
            return client.readFrame();
        } catch (SocketTimeoutException silence) {
            throw new AssertionError("No frame came within 1 s though the server's idle timeout is " + IDLE_TIMEOUT.toMillis()
                    + " ms: it should close a silent connection with 1001", silence);
        }
    }

    private static String handshakeAnswer(int port) {
        try (RawWebSocketClient client = RawWebSocketClient.open(port)) {
            client.sendRaw(RawWebSocketClient.validRequest(port).getBytes(StandardCharsets.US_ASCII));
            return client.readResponseHead();
        } catch (IOException e) {
            return "no answer: " + e;
        }
    }
}
