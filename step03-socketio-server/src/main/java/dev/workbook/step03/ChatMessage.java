package dev.workbook.step03;

/**
 * A chat message as the server sends it to clients in a {@code chat message} event.
 *
 * @param id the server's id for it
 * @param sender the sender's nickname
 * @param text what was said
 * @param time when the server received it, ISO 8601 in UTC
 */
public record ChatMessage(String id, String sender, String text, String time) {
}
