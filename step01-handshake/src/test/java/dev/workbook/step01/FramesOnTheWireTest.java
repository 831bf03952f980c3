package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.FRAME_RULES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exercise 1.6 over a real connection: the server answers a ping with a pong, and fails the
 * connection with 1002 on a frame that breaks RFC 6455 section 5.2's rules.
 */
@OpensAWebSocket
@ExchangesFrames
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FramesOnTheWireTest {

    private static final int FIN = 0x80;
    private static final int TEXT = 0x1;
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(EchoServerFixture.settings());

    @Test
    @DisplayName("A ping is answered by a pong with the same payload")
    @CarriesPayload
    void answersPingWithPong() {
        RecordingListener heard = new RecordingListener();
        WebSocket client = fixture.connectJdkClient(heard);
        try {
            client.sendPing(ByteBuffer.wrap("are you there?".getBytes(StandardCharsets.UTF_8))).join();

            ByteBuffer pong = fixture.await().next("a pong after the ping", heard.pongs);

            assertThat(StandardCharsets.UTF_8.decode(pong).toString())
                    .as("%s: the pong must carry the ping's payload (RFC 6455 section 5.5.3)", FRAME_RULES)
                    .isEqualTo("are you there?");
        } finally {
            client.abort();
        }
    }

    @Test
    @DisplayName("An unmasked frame from a client is refused with 1002")
    void unmaskedFrame() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendUnmaskedFrame(FIN | TEXT, HELLO);

            client.assertFailsWith(1002, FRAME_RULES, "an unmasked text frame", fixture.errors);
        }
    }

    @Test
    @DisplayName("A frame with a reserved opcode (0x3) is refused with 1002")
    void reservedOpcode() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | 0x3, HELLO);

            client.assertFailsWith(1002, FRAME_RULES, "a frame with opcode 0x3", fixture.errors);
        }
    }

    @Test
    @DisplayName("A frame with RSV1 set, when no extension was agreed, is refused with 1002")
    void reservedBits() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | 0x40 | TEXT, HELLO);

            client.assertFailsWith(1002, FRAME_RULES, "a text frame with RSV1 set", fixture.errors);
        }
    }
}
