package dev.workbook.step04;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every room's messages, in an embedded H2 database file, so that a restart loses none. It numbers
 * each room's messages, and finds a message again by the id its client gave it.
 */
public final class MessageStore implements MessageHistory {

    // tag::schema[]
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS messages (
                room VARCHAR(64) NOT NULL,
                seq BIGINT NOT NULL,
                sender VARCHAR(128) NOT NULL,
                text VARCHAR(4000) NOT NULL,
                sent_at BIGINT NOT NULL,
                client_id VARCHAR(64) NOT NULL,
                client_message_id VARCHAR(64) NOT NULL,
                PRIMARY KEY (room, seq),
                UNIQUE (client_id, client_message_id))""";
    // end::schema[]
    private static final String COLUMNS = "room, seq, sender, text, sent_at";

    /** One connection, used by one thread at a time: the store's methods are synchronized. */
    private final Connection db;

    private MessageStore(Connection db) {
        this.db = db;
    }

    /** Opens the database at {@code file} (H2 adds {@code .mv.db}), creating it if need be. */
    public static MessageStore open(Path file) throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Connection db = DriverManager.getConnection("jdbc:h2:file:" + absolute + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        try (Statement create = db.createStatement()) {
            create.execute(SCHEMA);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return new MessageStore(db);
    }

    @Override
    public synchronized StoredMessage append(String room, String sender, String text, Instant time, String clientId,
                                             String clientMessageId) throws SQLException {
        long seq = lastSeq(room) + 1;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO messages (" + COLUMNS
                + ", client_id, client_message_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, room);
            insert.setLong(2, seq);
            insert.setString(3, sender);
            insert.setString(4, text);
            insert.setLong(5, time.toEpochMilli());
            insert.setString(6, clientId);
            insert.setString(7, clientMessageId);
            insert.executeUpdate();
        }
        return new StoredMessage(room, seq, sender, text, Instant.ofEpochMilli(time.toEpochMilli()).toString());
    }

    @Override
    public synchronized Optional<StoredMessage> find(String clientId, String clientMessageId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS
                + " FROM messages WHERE client_id = ? AND client_message_id = ?")) {
            query.setString(1, clientId);
            query.setString(2, clientMessageId);
            return read(query).stream().findFirst();
        }
    }

    @Override
    public synchronized List<StoredMessage> latest(String room, int count) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS
                + " FROM (SELECT * FROM messages WHERE room = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq")) {
            query.setString(1, room);
            query.setInt(2, count);
            return read(query);
        }
    }

    /** The room's messages after {@code seq}, oldest first, at most {@code limit}: what a client missed. */
    @Override
    public synchronized List<StoredMessage> after(String room, long seq, int limit) throws SQLException {
        // BEGIN EXERCISE 4.4: Select the room's messages with a seq above the given one, oldest first, at most limit of them.
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS
                + " FROM messages WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?")) {
            query.setString(1, room);
            query.setLong(2, seq);
            query.setInt(3, limit);
            return read(query);
        }
        // END EXERCISE 4.4
    }

    /** The room's last message number, 0 for a room without messages. */
    public synchronized long lastSeq(String room) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM messages WHERE room = ?")) {
            query.setString(1, room);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }

    private static List<StoredMessage> read(PreparedStatement query) throws SQLException {
        List<StoredMessage> messages = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                messages.add(new StoredMessage(rows.getString("room"), rows.getLong("seq"), rows.getString("sender"),
                        rows.getString("text"), Instant.ofEpochMilli(rows.getLong("sent_at")).toString()));
            }
        }
        return messages;
    }
}
