package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step01.RawWebSocketClient.ServerFrame;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's idle timeout: how long a connected client may stay silent before it is closed. */
@OpensAWebSocket
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class IdleTimeoutTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(300);

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

    private static ServerFrame closeFrameOf(RawWebSocketClient client) throws IOException {
        try {
            return client.readFrame();
        } catch (SocketTimeoutException silence) {
            throw new AssertionError("No frame came within 1 s though the server's idle timeout is " + IDLE_TIMEOUT.toMillis()
                    + " ms: it should close a silent connection with 1001", silence);
        }
    }
}
