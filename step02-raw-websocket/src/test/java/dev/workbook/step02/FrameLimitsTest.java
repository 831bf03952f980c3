package dev.workbook.step02;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Frames the chat does not read as envelopes: binary ones, and ones over
 * {@link ChatSettings#maxFrameBytes()}. Java-WebSocket and the given code handle them, so no
 * exercise is involved, and no client here joins.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FrameLimitsTest {

    /** RFC 6455 section 7.4.1: "a message that is too big for it to process". */
    private static final int MESSAGE_TOO_BIG = 1009;

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    @Test
    @DisplayName("A binary frame gets a binary-not-supported error, to its sender only, and the connection stays open")
    void binaryFrameIsRefusedPolitely() {
        try (ChatClient sender = chat.connect(); ChatClient other = chat.connect()) {
            sender.sendBinary(new byte[] {(byte) 0xCA, (byte) 0xFE});

            JsonNode error = sender.nextEnvelope();
            sender.roundTrip();
            other.roundTrip();

            assertThat(error.path("type").asText()).as("the answer to a binary frame").isEqualTo("error");
            assertThat(error.path("code").asText()).as("the error's code").isEqualTo("binary-not-supported");
            assertThat(sender.closed).as("the sender's connection, after the error (its ping was answered)").isNotDone();
            assertThat(other.received).as("what another connection got meanwhile").isEmpty();
        }
    }

    @Test
    @DisplayName("A frame of exactly maxFrameBytes is read whole (and a binary one refused politely)")
    void frameOfTheMaximumSizeIsRead() {
        try (ChatClient client = chat.connect()) {
            client.sendBinary(new byte[chat.settings().maxFrameBytes()]);

            JsonNode answer = client.nextEnvelope();

            assertThat(answer.path("code").asText()).as("the answer to a binary frame of exactly %d bytes", chat.settings().maxFrameBytes())
                    .isEqualTo("binary-not-supported");
        }
    }

    @Test
    @DisplayName("A frame one byte over maxFrameBytes closes the connection with 1009 (message too big)")
    void frameOverTheLimitClosesWith1009() {
        try (ChatClient client = chat.connect()) {
            client.sendWithoutWaiting("x".repeat(chat.settings().maxFrameBytes() + 1));

            ChatClient.Closed closed = client.awaitClose();

            assertThat(closed.code()).as("the close code after a text frame of %d bytes, over the %d-byte limit",
                    chat.settings().maxFrameBytes() + 1, chat.settings().maxFrameBytes()).isEqualTo(MESSAGE_TOO_BIG);
        }
    }

    @Test
    @DisplayName("Java-WebSocket refuses an oversized frame as soon as its header announces the length, before any payload")
    void oversizedFrameIsRefusedOnItsHeader() throws IOException {
        try (RawChatSocket client = RawChatSocket.connect(chat.port())) {
            client.sendHeaderOnly(RawChatSocket.TEXT, chat.settings().maxFrameBytes() + 1L);

            RawChatSocket.Frame answer = client.readFrame();

            assertThat(answer.opcode()).as("the server's answer to a header announcing %d bytes: a close frame (0x8)",
                    chat.settings().maxFrameBytes() + 1).isEqualTo(RawChatSocket.CLOSE);
            assertThat(answer.closeCode()).as("the close code").isEqualTo(MESSAGE_TOO_BIG);
        }
    }

    @Test
    @DisplayName("The limit holds for a whole message too: fragments that add up to more than maxFrameBytes close with 1009")
    void fragmentsOverTheLimitCloseWith1009() {
        int half = chat.settings().maxFrameBytes() / 2;
        try (ChatClient client = chat.connect()) {
            client.sendFragments("x".repeat(half), "x".repeat(half), "x");

            ChatClient.Closed closed = client.awaitClose();

            assertThat(closed.code()).as("the close code after three fragments of %d + %d + 1 bytes", half, half).isEqualTo(MESSAGE_TOO_BIG);
        }
    }
}
