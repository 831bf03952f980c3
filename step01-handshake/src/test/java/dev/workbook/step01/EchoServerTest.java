package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.ENCODE_FRAME;
import static dev.workbook.step01.Step01Exercises.FRAGMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The echo server as a real client sees it, the JDK's own {@code java.net.http.WebSocket}: text
 * and binary messages, whole or in fragments, come back unchanged (exercise 1.8 and all before it).
 */
@OpensAWebSocket
@ExchangesFrames
@CarriesPayload
@Tag("exercise-1.8")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class EchoServerTest {

    @RegisterExtension
    static final EchoServerFixture fixture = EchoServerFixture.perClass(EchoServerFixture.settings());

    private final RecordingListener heard = new RecordingListener();
    private WebSocket client;

    @BeforeEach
    void connect() {
        client = fixture.connectJdkClient(heard);
    }

    @AfterEach
    void disconnect() {
        client.abort();
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("A text message comes back unchanged")
    void echoesText() {
        client.sendText("Hello, κόσμε!", true).join();

        String echo = fixture.await().next("the echo of 'Hello, κόσμε!'", heard.texts);

        assertThat(echo).as("%s: the echo of a text message", ENCODE_FRAME).isEqualTo("Hello, κόσμε!");
    }

    @Test
    @DisplayName("A 70 000-byte binary message (64-bit length) comes back unchanged")
    void echoesLargeBinary() {
        byte[] payload = new byte[70_000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31);
        }

        client.sendBinary(ByteBuffer.wrap(payload), true).join();
        byte[] echo = fixture.await().next("the echo of a 70 000-byte binary message", heard.binaries);

        assertThat(echo).as("%s: the echo of a binary message longer than 65535 bytes", ENCODE_FRAME).isEqualTo(payload);
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("A message sent in three fragments comes back whole")
    void echoesFragmentedMessage() {
        client.sendText("frag", false).join();
        client.sendText("men", false).join();
        client.sendText("ted", true).join();

        String echo = fixture.await().next("the echo of a message sent in three fragments", heard.texts);

        assertThat(echo).as("%s: fragments 'frag' + 'men' + 'ted' should come back as one message", FRAGMENTS)
                .isEqualTo("fragmented");
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("A message over the size limit is refused with 1009")
    void refusesOversizedMessage() {
        client.sendText("x".repeat((int) EchoServerFixture.MAX_MESSAGE_BYTES + 1), true);

        RecordingListener.Closed closed = fixture.await().value("the server to close the connection", heard::closeIfDone);

        assertThat(closed.code())
                .as("%s: a message one byte over the %d-byte limit should be refused with 1009 (message too big)",
                        FRAGMENTS, EchoServerFixture.MAX_MESSAGE_BYTES)
                .isEqualTo(1009);
    }
}
