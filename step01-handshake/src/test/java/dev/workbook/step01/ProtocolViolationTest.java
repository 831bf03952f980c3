package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.CLOSE;
import static dev.workbook.step01.Step01Exercises.FRAGMENTS;
import static dev.workbook.step01.Step01Exercises.FRAME_RULES;
import static dev.workbook.step01.Step01Exercises.UTF8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Frames no client may send, over a bare socket: each fails the connection with the right close code. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ProtocolViolationTest {

    private static final int FIN = 0x80;
    private static final int TEXT = 0x1;
    private static final int PING = 0x9;
    private static final int CLOSE_FRAME = 0x8;
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(EchoServerFixture.settings());

    @Test
    @Tag("exercise-1.6")
    @DisplayName("An unmasked frame from a client is refused with 1002")
    void unmaskedFrame() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendUnmaskedFrame(FIN | TEXT, HELLO);

            expectFailure(client, 1002, FRAME_RULES, "an unmasked text frame");
        }
    }

    @Test
    @Tag("exercise-1.6")
    @DisplayName("A frame with a reserved opcode (0x3) is refused with 1002")
    void reservedOpcode() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | 0x3, HELLO);

            expectFailure(client, 1002, FRAME_RULES, "a frame with opcode 0x3");
        }
    }

    @Test
    @Tag("exercise-1.6")
    @DisplayName("A frame with RSV1 set, when no extension was agreed, is refused with 1002")
    void reservedBits() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | 0x40 | TEXT, HELLO);

            expectFailure(client, 1002, FRAME_RULES, "a text frame with RSV1 set");
        }
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("Text that is not UTF-8 is refused with 1007")
    void invalidUtf8() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | TEXT, new byte[] {'o', 'k', (byte) 0xC0, (byte) 0x80});

            expectFailure(client, 1007, UTF8, "a text frame holding the overlong bytes C0 80");
        }
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("Bad UTF-8 in the first fragment is refused at once, before the message ends")
    void invalidUtf8FailsFast() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(TEXT, new byte[] {'o', 'k', (byte) 0xF4, (byte) 0x90});

            expectFailure(client, 1007, UTF8, "a first fragment holding F4 90 (past U+10FFFF), with the rest never sent");
        }
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A continuation frame with no message to continue is refused with 1002")
    void continuationWithoutStart() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN, HELLO);

            expectFailure(client, 1002, FRAGMENTS, "a continuation frame as the first frame");
        }
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A ping between two fragments is answered at once, and the message still comes back whole")
    void pingBetweenFragments() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(TEXT, "Hel".getBytes(StandardCharsets.UTF_8));
            client.sendFrame(FIN | PING, "ping".getBytes(StandardCharsets.UTF_8));
            client.sendFrame(FIN, "lo".getBytes(StandardCharsets.UTF_8));

            RawWebSocketClient.ServerFrame first = client.readFrame();
            RawWebSocketClient.ServerFrame second = client.readFrame();

            assertThat(first.opcode()).as("%s: the first frame back should be the pong (opcode 0xA)", FRAGMENTS).isEqualTo(0xA);
            assertThat(second.text()).as("%s: then the whole message", FRAGMENTS).isEqualTo("Hello");
        }
    }

    @Test
    @Tag("exercise-1.9")
    @DisplayName("A close frame with code 1005, which must never be sent, is refused with 1002")
    void reservedCloseCode() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | CLOSE_FRAME, new byte[] {0x03, (byte) 0xED});

            expectFailure(client, 1002, CLOSE, "a close frame with code 1005");
        }
    }

    @Test
    @Tag("exercise-1.9")
    @DisplayName("A close frame with a 1-byte payload is refused with 1002")
    void oneByteClosePayload() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | CLOSE_FRAME, new byte[] {0x03});

            expectFailure(client, 1002, CLOSE, "a close frame with a 1-byte payload");
        }
    }

    /** The server must answer with a close frame carrying {@code code}, then close the TCP connection. */
    private static void expectFailure(RawWebSocketClient client, int code, Exercise exercise, String sent) throws IOException {
        RawWebSocketClient.ServerFrame answer = client.readFrame();
        fixture.errors.rethrowFirst();

        assertThat(answer.opcode()).as("%s: after %s the server should send a close frame (opcode 0x8)", exercise, sent).isEqualTo(0x8);
        assertThat(answer.closeCode()).as("%s: the close code after %s", exercise, sent).isEqualTo(code);
        assertThat(client.serverClosedConnection())
                .as("%s: after its close frame the server should close the TCP connection", exercise).isTrue();
    }
}
