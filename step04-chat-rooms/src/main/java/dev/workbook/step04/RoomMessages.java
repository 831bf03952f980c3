package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** {@code chat message}: a message to a room, stored, numbered and sent to its members, exactly once. */
final class RoomMessages {

    static final String EVENT = "chat message";

    private final MessageHistory store;
    private final RoomDelivery delivery;
    private final Memberships memberships;
    private final RoomLocks locks;
    private final ChatLimits limits;
    private final RateLimiter rateLimits;
    private final Typing typing;
    private final Clock clock;

    RoomMessages(MessageHistory store, RoomDelivery delivery, Memberships memberships, RoomLocks locks, ChatLimits limits,
                 RateLimiter rateLimits, Typing typing, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.memberships = memberships;
        this.locks = locks;
        this.limits = limits;
        this.rateLimits = rateLimits;
        this.typing = typing;
        this.clock = clock;
    }

    /** {@code chat message {room, text, clientMessageId}}: acknowledged with {@code {room, seq, time, duplicate}}. */
    void send(SocketIOClient client, Identity sender, Object payload, Reply reply) throws Refusal, SQLException {
        Fields fields = Fields.of(payload);
        String room = RoomName.parse(fields.raw("room"));
        String text = fields.text("text", limits.maxTextChars());
        String clientMessageId = fields.clientMessageId();
        // BEGIN EXERCISE 4.5: Refuse a non-member; under the room's lock, answer a retry with its first copy, else rate-limit, store, send to the room, ack.
        memberships.requireMember(client.getSessionId(), room);
        synchronized (locks.of(room)) { // members receive the room's messages in the order of their numbers
            Optional<StoredMessage> earlier = store.find(sender.clientId(), clientMessageId);
            if (earlier.isPresent()) { // a retry: its first copy was stored, and sent
                reply.ok(receipt(earlier.get(), true));
                return;
            }
            rateLimits.take(sender.clientId());
            StoredMessage message = store(room, sender, text, clientMessageId);
            sendToRoom(message);
            reply.ok(receipt(message, false));
        }
        typing.clear(client, sender.nickname(), room);
        // END EXERCISE 4.5
    }

    /** Stores a message, numbering it; under its room's lock, so that numbers and sending keep one order. */
    private StoredMessage store(String room, Identity sender, String text, String clientMessageId) throws SQLException {
        locks.requireHeld(room, "storing a message of #" + room);
        return store.append(room, sender.nickname(), text, clock.instant(), sender.clientId(), clientMessageId);
    }

    /** Sends a stored message to its room's members; under the room's lock, so that every member sees the numbers in order. */
    private void sendToRoom(StoredMessage message) {
        locks.requireHeld(message.room(), "sending #" + message.room() + "'s message " + message.seq());
        delivery.stored(message);
    }

    private static Map<String, Object> receipt(StoredMessage message, boolean duplicate) {
        return Map.of("room", message.room(), "seq", message.seq(), "time", message.time(), "duplicate", duplicate);
    }
}
