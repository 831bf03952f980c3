package dev.workbook.step04;

/**
 * A room's message as it is kept and sent: {@code seq} counts the room's messages, 1, 2, 3, with no gap.
 *
 * @param time when the server received it, ISO 8601 in UTC
 */
public record StoredMessage(String room, long seq, String sender, String text, String time) {
}
