package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Joining and leaving rooms, a room's history, and telling everyone who is in which room. */
final class RoomEvents {

    static final String JOIN = "join";
    static final String LEAVE = "leave";
    static final String HISTORY = "history";
    static final String ROOMS = "rooms";
    static final String MEMBERS = "members";

    private final SocketIONamespace chat;
    private final MessageHistory store;
    private final Memberships memberships;
    private final RoomLocks locks;
    private final ChatLimits limits;
    private final Typing typing;

    RoomEvents(SocketIONamespace chat, MessageHistory store, Memberships memberships, RoomLocks locks, ChatLimits limits, Typing typing) {
        this.chat = chat;
        this.store = store;
        this.memberships = memberships;
        this.locks = locks;
        this.limits = limits;
        this.typing = typing;
    }

    /** {@code join {room, after?}}: the history, the last messages or those after {@code after}, and the members. */
    void join(SocketIOClient client, Identity member, Object payload, Reply reply) throws Refusal, SQLException {
        Fields fields = Fields.of(payload);
        String room = RoomName.parse(fields.raw("room"));
        OptionalLong after = fields.optionalSeq("after");
        // BEGIN EXERCISE 4.2: Under the room's lock: join, answer with the members and the history (latest, or after 'after'), then tell the room.
        boolean isNew;
        synchronized (locks.of(room)) { // no message can be stored and sent between reading the history and joining
            isNew = memberships.join(client.getSessionId(), member.nickname(), room, limits.maxRoomsPerUser());
            client.joinRoom(room);
            Page history = after.isPresent() ? catchUp(room, after.getAsLong()) : latest(room);
            reply.ok(Map.of("room", room, "members", memberships.nicknamesIn(room), "messages", history.messages(), "more", history.more()));
            if (isNew) {
                tellMembers(room, Map.of("joined", member.nickname()));
            }
        }
        if (isNew) {
            tellRoomCounts();
        }
        // END EXERCISE 4.2
    }

    /** {@code leave {room}}. */
    void leave(SocketIOClient client, Identity member, Object payload, Reply reply) throws Refusal {
        String room = RoomName.parse(Fields.of(payload).raw("room"));
        synchronized (locks.of(room)) {
            memberships.leave(client.getSessionId(), room);
            client.leaveRoom(room);
            typing.clear(client, member.nickname(), room);
            reply.ok(Map.of("room", room));
            tellMembers(room, Map.of("left", member.nickname()));
        }
        tellRoomCounts();
    }

    /** {@code history {room, after}}: the next page of what the client missed. */
    void history(SocketIOClient client, Identity member, Object payload, Reply reply) throws Refusal, SQLException {
        Fields fields = Fields.of(payload);
        String room = RoomName.parse(fields.raw("room"));
        long after = fields.seq("after");
        memberships.requireMember(client.getSessionId(), room);
        synchronized (locks.of(room)) { // a page of history is read like any other: one thing at a time in a room
            Page page = catchUp(room, after);
            reply.ok(Map.of("room", room, "messages", page.messages(), "more", page.more()));
        }
    }

    /** {@code rooms}: every room with members, and the default ones. */
    void list(SocketIOClient client, Identity member, Object payload, Reply reply) {
        reply.ok(Map.of(ROOMS, memberships.counts()));
    }

    /** A client went: it leaves every room it was in, and stops typing there. */
    void disconnected(SocketIOClient client, Identity member) {
        Set<String> rooms = memberships.forget(client.getSessionId());
        for (String room : rooms) {
            synchronized (locks.of(room)) {
                typing.clear(client, member.nickname(), room);
                tellMembers(room, Map.of("left", member.nickname()));
            }
        }
        if (!rooms.isEmpty()) {
            tellRoomCounts();
        }
    }

    /** The room's latest messages, as a first join shows them; under the room's lock. */
    private Page latest(String room) throws SQLException {
        locks.requireHeld(room, "reading #" + room + "'s history");
        return new Page(store.latest(room, limits.historySize()), false);
    }

    /** What came after {@code seq}, a page at a time; {@code more} says whether to ask again. Under the room's lock. */
    private Page catchUp(String room, long seq) throws SQLException {
        locks.requireHeld(room, "reading #" + room + "'s history");
        List<StoredMessage> next = store.after(room, seq, limits.replayPage() + 1);
        boolean more = next.size() > limits.replayPage();
        return new Page(more ? next.subList(0, limits.replayPage()) : next, more);
    }

    private void tellMembers(String room, Map<String, String> change) {
        locks.requireHeld(room, "telling #" + room + " who is in it");
        Map<String, Object> members = new LinkedHashMap<>(change);
        members.put("room", room);
        members.put("members", memberships.nicknamesIn(room));
        chat.getRoomOperations(room).sendEvent(MEMBERS, members);
    }

    private void tellRoomCounts() {
        chat.getBroadcastOperations().sendEvent(ROOMS, Map.of(ROOMS, memberships.counts()));
    }

    /** Some of a room's messages, oldest first. */
    private record Page(List<StoredMessage> messages, boolean more) {
    }
}
