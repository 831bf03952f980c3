package dev.workbook.step04;

/**
 * A message to one person: sent to them only, and kept nowhere.
 *
 * @param id the server's id for it
 * @param time when the server received it, ISO 8601 in UTC
 */
public record PrivateMessage(String id, String from, String to, String text, String time) {
}
