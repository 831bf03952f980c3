package dev.workbook.step04;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a chat keeps its rooms' messages and numbers them: {@link MessageStore}'s database file for
 * one server; a store that several servers share when the chat runs on more than one (step 06).
 */
public interface MessageHistory extends AutoCloseable {

    /**
     * Stores a message as the room's next one.
     *
     * @throws SQLException also when this client stored a message with this id before: look with {@link #find} first
     */
    StoredMessage append(String room, String sender, String text, Instant time, String clientId, String clientMessageId)
            throws SQLException;

    /** The message this client sent with this id, if it sent one: a retry finds the first copy. */
    Optional<StoredMessage> find(String clientId, String clientMessageId) throws SQLException;

    /** The room's last {@code count} messages, oldest first. */
    List<StoredMessage> latest(String room, int count) throws SQLException;

    /** The room's messages after {@code seq}, oldest first, at most {@code limit}: what a client missed. */
    List<StoredMessage> after(String room, long seq, int limit) throws SQLException;

    @Override
    void close() throws SQLException;
}
