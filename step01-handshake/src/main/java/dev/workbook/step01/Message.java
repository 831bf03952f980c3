package dev.workbook.step01;

import java.nio.charset.StandardCharsets;

/**
 * A whole WebSocket message, reassembled from its frames.
 *
 * @param type {@link Opcode#TEXT} or {@link Opcode#BINARY}
 * @param payload the message's bytes (UTF-8 for text)
 */
public record Message(Opcode type, byte[] payload) {

    /** A text message. */
    public static Message text(String text) {
        return new Message(Opcode.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The payload decoded as UTF-8; meaningful for text messages. */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
