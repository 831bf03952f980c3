package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.CLOSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exercise 1.9 over a real connection: the closing handshake of RFC 6455 section 7, from the
 * client's side and the server's, and close frames no client may send.
 */
@OpensAWebSocket
@ExchangesFrames
@CarriesPayload
@Tag("exercise-1.9")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ClosingHandshakeTest {

    private static final int FIN = 0x80;
    private static final int CLOSE_FRAME = 0x8;

    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(EchoServerFixture.settings());

    @Test
    @Tag("exercise-1.7")
    @DisplayName("When the client closes with 1000, the server answers with 1000")
    void closingHandshakeEchoesTheCode() {
        RecordingListener heard = new RecordingListener();
        WebSocket client = fixture.connectJdkClient(heard);
        try {
            client.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

            RecordingListener.Closed closed = fixture.await().value("the server's close frame", heard::closeIfDone);

            assertThat(closed.code()).as("%s: the code in the server's answering close frame", CLOSE).isEqualTo(1000);
        } finally {
            client.abort();
        }
    }

    @Test
    @DisplayName("A close frame with code 1005, which must never be sent, is refused with 1002")
    void reservedCloseCode() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | CLOSE_FRAME, new byte[] {0x03, (byte) 0xED});

            client.assertFailsWith(1002, CLOSE, "a close frame with code 1005", fixture.errors);
        }
    }

    @Test
    @DisplayName("A close frame with a 1-byte payload is refused with 1002")
    void oneByteClosePayload() throws IOException {
        try (RawWebSocketClient client = RawWebSocketClient.connect(fixture.port())) {
            client.sendFrame(FIN | CLOSE_FRAME, new byte[] {0x03});

            client.assertFailsWith(1002, CLOSE, "a close frame with a 1-byte payload", fixture.errors);
        }
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("Stopping the server closes every connection with 1001 (going away)")
    void stopClosesWithGoingAway() throws IOException {
        RecordingListener heard = new RecordingListener();
        EchoServerFixture own = EchoServerFixture.start();
        try {
            WebSocket client = own.connectJdkClient(heard);

            own.close();
            RecordingListener.Closed closed = own.await().value("the server's close frame", heard::closeIfDone);

            assertThat(closed.code()).as("%s: the close code a client gets when the server stops", CLOSE).isEqualTo(1001);
            client.abort();
        } finally {
            own.close(); // stopping twice is harmless; a failed connect must not leave the server running
        }
    }
}
