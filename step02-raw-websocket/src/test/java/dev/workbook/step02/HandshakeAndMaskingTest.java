package dev.workbook.step02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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

/**
 * The checks the server adds to Java-WebSocket, seen on a bare socket: bad opening handshakes get
 * the answers of RFC 6455, section 4.2.2, and an unmasked client frame closes the connection with
 * 1002 (section 5.1). The given code, not an exercise.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HandshakeAndMaskingTest {

    private static final int PROTOCOL_ERROR = 1002;

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    static Stream<Arguments> badRequests() {
        String key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        String version = "Sec-WebSocket-Version: 13\r\n";
        String upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
        String host = "Host: 127.0.0.1\r\n";
        return Stream.of(
                Arguments.of("no Sec-WebSocket-Key", "GET / HTTP/1.1\r\n" + host + upgrade + version, 400, "Sec-WebSocket-Key"),
                Arguments.of("a key of 15 bytes", "GET / HTTP/1.1\r\n" + host + upgrade + version
                        + "Sec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAA\r\n", 400, "16 random bytes"),
                Arguments.of("Sec-WebSocket-Version: 25", "GET / HTTP/1.1\r\n" + host + upgrade + key
                        + "Sec-WebSocket-Version: 25\r\n", 426, "Sec-WebSocket-Version: 13"),
                Arguments.of("POST", "POST / HTTP/1.1\r\n" + host + upgrade + key + version, 405, "Allow: GET"),
                Arguments.of("no Upgrade", "GET / HTTP/1.1\r\n" + host + "Connection: Upgrade\r\n" + key + version, 400, "Upgrade: websocket"),
                Arguments.of("Connection: keep-alive", "GET / HTTP/1.1\r\n" + host + "Upgrade: websocket\r\nConnection: keep-alive\r\n"
                        + key + version, 400, "Connection: Upgrade"),
                Arguments.of("HTTP/1.0", "GET / HTTP/1.0\r\n" + host + upgrade + key + version, 400, "HTTP/1.1"),
                Arguments.of("no Host", "GET / HTTP/1.1\r\n" + upgrade + key + version, 400, "Host"));
    }

    @ParameterizedTest(name = "{0} gets {2}")
    @MethodSource("badRequests")
    @DisplayName("A bad handshake gets the status RFC 6455 asks for, with the reason, and no upgrade")
    void badHandshakeIsRefused(String what, String request, int status, String reason) throws IOException {
        String answer = RawChatSocket.answerTo(chat.port(), request + "\r\n");

        assertThat(answer).as("the answer to a handshake with %s (Java-WebSocket alone answers 404 or 101)", what)
                .startsWith("HTTP/1.1 " + status + " ").contains(reason).contains("Connection: close");
    }

    @Test
    @DisplayName("A good handshake with lower-case headers and 'Connection: keep-alive, Upgrade' still gets 101")
    void goodHandshakeStillUpgrades() throws IOException {
        String answer = RawChatSocket.answerTo(chat.port(), "GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nupgrade: WebSocket\r\n"
                + "connection: keep-alive, Upgrade\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\nsec-websocket-version: 13\r\n\r\n");

        assertThat(answer).as("the answer to a good handshake: header names are case-insensitive, Connection is a list")
                .startsWith("HTTP/1.1 101 ");
    }

    @Test
    @DisplayName("An unmasked frame from a client closes the connection with 1002, and the chat goes on for others")
    void unmaskedFrameClosesWithProtocolError() throws IOException {
        try (RawChatSocket careless = RawChatSocket.connect(chat.port()); ChatClient other = chat.connect()) {
            careless.sendUnmaskedText("{\"type\":\"join\",\"nickname\":\"ada\"}");

            RawChatSocket.Frame answer = careless.readFrame();
            other.roundTrip();

            assertThat(answer.opcode()).as("the server's answer to an unmasked frame: a close frame").isEqualTo(RawChatSocket.CLOSE);
            assertThat(answer.closeCode()).as("its close code (RFC 6455, section 5.1)").isEqualTo(PROTOCOL_ERROR);
            assertThat(other.closed).as("another client's connection").isNotDone();
        }
    }
}
