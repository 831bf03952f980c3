package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's limit on connections: how many clients it serves at once. */
@OpensAWebSocket
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ConnectionLimitsTest {

    private static final int MAX_CONNECTIONS = 2;

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

    private static String handshakeAnswer(int port) {
        try (RawWebSocketClient client = RawWebSocketClient.open(port)) {
            client.sendRaw(RawWebSocketClient.validRequest(port).getBytes(StandardCharsets.US_ASCII));
            return client.readResponseHead();
        } catch (IOException e) {
            return "no answer: " + e;
        }
    }
}
