package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's own defences around the handshake: size limits and a read timeout. */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HandshakeLimitsTest {

    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofMillis(300);
    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(
            EchoServerFixture.settings().withHandshakeTimeout(HANDSHAKE_TIMEOUT));

    @Test
    @DisplayName("A client that sends nothing is answered 408 and dropped after the handshake timeout")
    void silentClientIsDropped() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.open(fixture.port())) {
            String answer = client.readResponse();

            assertThat(answer).as("what a silent client gets once the handshake timeout passes").startsWith("HTTP/1.1 408 ");
        }
    }

    @Test
    @DisplayName("A request line over 8 KiB is refused with 400")
    void longRequestLineIsRefused() throws IOException {
        String answer = send("GET /" + "a".repeat(HttpRequestReader.MAX_REQUEST_LINE_BYTES) + " HTTP/1.1\r\n\r\n");

        assertThat(answer).as("the answer to an 8 KiB request line").startsWith("HTTP/1.1 400 ").contains("request line");
    }

    @Test
    @DisplayName("Header fields over 16 KiB in all are refused with 431")
    void hugeHeadersAreRefused() throws IOException {
        String answer = send("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: " + "b".repeat(HttpRequestReader.MAX_HEADER_BYTES) + "\r\n\r\n");

        assertThat(answer).as("the answer to 16 KiB of header fields").startsWith("HTTP/1.1 431 ");
    }

    @Test
    @OpensAWebSocket
    @DisplayName("A request that is not HTTP at all is refused with 400, and the server keeps serving")
    void garbageIsRefused() throws IOException {
        String answer = send("\u0016\u0003\u0001 hello, I am TLS\r\n\r\n");

        assertThat(answer).as("the answer to bytes that are not an HTTP request").startsWith("HTTP/1.1 400 ");
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            assertThat(client.handshakeResponse()).as("a good client after the garbage").startsWith("HTTP/1.1 101 ");
        }
    }

    private static String send(String request) throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.open(fixture.port())) {
            client.sendRaw(request.getBytes(StandardCharsets.ISO_8859_1));
            return client.readResponse();
        }
    }
}
