package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * "X is typing": passed on to the room's other members, a repeated "typing" at most once per
 * throttle period, and cleared when the typist sends, leaves or goes.
 */
final class Typing {

    static final String EVENT = "typing";

    private final SocketIONamespace chat;
    private final Memberships memberships;
    private final long throttleNanos;
    private final LongSupplier nanoTime;
    /** Who is typing where ("session room"), and when that was last passed on. */
    private final Map<String, Long> typists = new ConcurrentHashMap<>();

    Typing(SocketIONamespace chat, Memberships memberships, Duration throttle, LongSupplier nanoTime) {
        this.chat = chat;
        this.memberships = memberships;
        this.throttleNanos = throttle.toNanos();
        this.nanoTime = nanoTime;
    }

    /** {@code typing {room, typing}}: a member says they are typing, or stopped. */
    void handle(SocketIOClient client, Identity member, Object payload, Reply reply) throws Refusal {
        Fields fields = Fields.of(payload);
        String room = RoomName.parse(fields.raw("room"));
        boolean typing = fields.bool("typing");
        memberships.requireMember(client.getSessionId(), room);
        update(client, member.nickname(), room, typing);
        reply.ok(Map.of());
    }

    private void update(SocketIOClient client, String nickname, String room, boolean typing) {
        String key = key(client.getSessionId(), room);
        if (!typing) {
            clear(client, nickname, room);
            return;
        }
        long now = nanoTime.getAsLong();
        Long last = typists.get(key);
        if (last == null || now - last >= throttleNanos) {
            typists.put(key, now);
            tell(client, nickname, room, true);
        }
    }

    /** Tells the room the member stopped typing, if they were. */
    void clear(SocketIOClient client, String nickname, String room) {
        if (typists.remove(key(client.getSessionId(), room)) != null) {
            tell(client, nickname, room, false);
        }
    }

    private void tell(SocketIOClient typist, String nickname, String room, boolean typing) {
        chat.getRoomOperations(room).sendEvent(EVENT, typist, Map.of("room", room, "nickname", nickname, "typing", typing));
    }

    private static String key(UUID session, String room) {
        return session + " " + room;
    }
}
