package dev.workbook.step06;

import dev.workbook.step04.MessageHistory;
import dev.workbook.step04.StoredMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Step 04's history, kept in Redis for every node. A node answers a join or a history request
 * with messages up to the last one it has sent its own members, never beyond: a later message is
 * on its way to them, and the one who asked is a member by then, so it comes once, live.
 */
public final class SharedHistory implements MessageHistory {

    private final RoomStreams streams;
    private final NodeRooms rooms;

    public SharedHistory(RoomStreams streams, NodeRooms rooms) {
        this.streams = streams;
        this.rooms = rooms;
    }

    /** Stores the message in Redis; a retry that reached another node first gets that first copy back. */
    @Override
    public StoredMessage append(String room, String sender, String text, Instant time, String clientId, String clientMessageId) {
        return streams.append(room, sender, text, time, clientId, clientMessageId);
    }

    @Override
    public Optional<StoredMessage> find(String clientId, String clientMessageId) {
        return streams.find(clientId, clientMessageId);
    }

    @Override
    public List<StoredMessage> latest(String room, int count) {
        return streams.latest(room, rooms.delivered(room), count);
    }

    @Override
    public List<StoredMessage> after(String room, long seq, int limit) {
        return streams.range(room, seq + 1, rooms.delivered(room), limit);
    }

    /** The node closes its Redis connection. */
    @Override
    public void close() {
    }
}
