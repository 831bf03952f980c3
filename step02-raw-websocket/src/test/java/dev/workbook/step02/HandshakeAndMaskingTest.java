package dev.workbook.step02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BadHandshakes;
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
 * 1002 (section 5.1). The given code, not an exercise, though the close after an unmasked frame
 * runs exercise 2.3's leave.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HandshakeAndMaskingTest {

    private static final int PROTOCOL_ERROR = 1002;

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    static Stream<Arguments> badRequests() {
        return BadHandshakes.all().stream().map(bad -> Arguments.of(bad.what(), bad.request(), bad.status(), bad.mentions()));
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
    @Tag("exercise-2.3") // the server's close runs ChatRoom.leave for the careless connection
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
