package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.FRAGMENTS;
import static dev.workbook.step01.Step01Exercises.UTF8;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Data messages no client may send, over a bare socket: text that is not UTF-8 and fragments out of
 * place each fail the connection with the right close code; a ping between fragments does not.
 */
@OpensAWebSocket
@ExchangesFrames
@Tag("exercise-1.8")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ProtocolViolationTest {

    private static final int FIN = 0x80;
    private static final int TEXT = 0x1;
    private static final int PING = 0x9;
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(EchoServerFixture.settings());

    @Test
    @CarriesPayload
    @Tag("exercise-1.7")
    @DisplayName("Text that is not UTF-8 is refused with 1007")
    void invalidUtf8() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | TEXT, new byte[] {'o', 'k', (byte) 0xC0, (byte) 0x80});

            client.assertFailsWith(1007, UTF8, "a text frame holding the overlong bytes C0 80", fixture.errors);
        }
    }

    @Test
    @CarriesPayload
    @Tag("exercise-1.7")
    @DisplayName("Bad UTF-8 in the first fragment is refused at once, before the message ends")
    void invalidUtf8FailsFast() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(TEXT, new byte[] {'o', 'k', (byte) 0xF4, (byte) 0x90});

            client.assertFailsWith(1007, UTF8, "a first fragment holding F4 90 (past U+10FFFF), with the rest never sent", fixture.errors);
        }
    }

    @Test
    @DisplayName("A continuation frame with no message to continue is refused with 1002")
    void continuationWithoutStart() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN, HELLO);

            client.assertFailsWith(1002, FRAGMENTS, "a continuation frame as the first frame", fixture.errors);
        }
    }

    @Test
    @CarriesPayload
    @Tag("exercise-1.7")
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
}
