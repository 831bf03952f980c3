package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.VALIDATE_UPGRADE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BadHandshakes;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad opening handshake of RFC 6455 section 4.2.1, sent over a bare socket. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.SECONDS)
class BadHandshakeTest {

    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(EchoServerFixture.settings());

    static Stream<Arguments> badRequests() {
        return BadHandshakes.all().stream().map(bad -> Arguments.of(bad.what(), bad.request(), bad.status(), bad.mentions()));
    }

    @ParameterizedTest(name = "{0} gets {2}")
    @MethodSource("badRequests")
    @Tag("exercise-1.2")
    @DisplayName("A bad handshake gets the status RFC 6455 asks for, and a reason")
    void badHandshakeGetsTheRightStatus(String what, String request, int status, String reasonMentions) throws IOException {
        String answer = send(request + "\r\n");

        assertThat(answer)
                .as("%s: a request with %s should be answered %d; the server answered:%n%s", VALIDATE_UPGRADE, what, status, answer)
                .startsWith("HTTP/1.1 " + status + " ")
                .contains(reasonMentions);
        fixture.errors.rethrowFirst();
    }

    @Test
    @Tag("exercise-1.2")
    @DisplayName("A 426 names the protocol to upgrade to, Upgrade: websocket, besides Sec-WebSocket-Version: 13")
    void upgradeRequiredNamesTheProtocol() throws IOException {
        String answer = send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 25\r\n\r\n");

        assertThat(answer).as("the 426 for Sec-WebSocket-Version: 25 (RFC 9110 section 15.5.22: a 426 MUST send Upgrade)")
                .startsWith("HTTP/1.1 426 ").contains("\r\nUpgrade: websocket\r\n").contains("\r\nSec-WebSocket-Version: 13\r\n");
    }

    @Test
    @OpensAWebSocket
    @DisplayName("After a bad handshake the server still accepts a good one")
    void serverKeepsServingAfterBadHandshakes() throws IOException {
        send("POST / HTTP/1.1\r\nHost: x\r\n\r\n");

        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            assertThat(client.handshakeResponse())
                    .as("%s: a good handshake after a bad one should still get 101", VALIDATE_UPGRADE)
                    .startsWith("HTTP/1.1 101 ");
        }
    }

    @Test
    @OpensAWebSocket
    @DisplayName("A good handshake with lower-case headers and 'Connection: keep-alive, Upgrade' gets 101 and the right accept key")
    void goodHandshakeWithLowerCaseHeaders() throws IOException {
        String answer = sendAndReadHead("GET /chat HTTP/1.1\r\nhost: 127.0.0.1\r\nupgrade: WebSocket\r\n"
                + "connection: keep-alive, Upgrade\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\nsec-websocket-version: 13\r\n\r\n");

        assertThat(answer)
                .as("%s and %s: header names are case-insensitive and Connection is a list; the server answered:%n%s",
                        Step01Exercises.ACCEPT_KEY, VALIDATE_UPGRADE, answer)
                .startsWith("HTTP/1.1 101 ")
                .contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n");
    }

    private static String send(String request) throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.open(fixture.port())) {
            client.sendRaw(request.getBytes(StandardCharsets.ISO_8859_1));
            return client.readResponse();
        }
    }

    private static String sendAndReadHead(String request) throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.open(fixture.port())) {
            client.sendRaw(request.getBytes(StandardCharsets.ISO_8859_1));
            return client.readResponseHead();
        }
    }
}
