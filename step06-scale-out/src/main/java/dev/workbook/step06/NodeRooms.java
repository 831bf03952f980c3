package dev.workbook.step06;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import dev.workbook.step04.ChatRoomsEvents;
import dev.workbook.step04.RoomDelivery;
import dev.workbook.step04.RoomLocks;
import dev.workbook.step04.StoredMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one node has sent its own members of each room: the number of the last message, so that
 * every message reaches them once and in order, whichever node stored it and whichever way this
 * node heard of it (it stored it itself, or the feed said so). Everything here runs under the
 * room's lock, as step 04's sending did.
 */
public final class NodeRooms implements RoomDelivery {

    /** A catch-up reads a room's stream this many messages at a time. */
    static final int PAGE = 200;

    private final SocketIONamespace chat;
    private final RoomStreams streams;
    private final RoomLocks locks;
    /** Room to the number of the last message sent to its members here; only rooms with members here. */
    private final Map<String, Long> delivered = new ConcurrentHashMap<>();

    public NodeRooms(SocketIONamespace chat, RoomStreams streams, RoomLocks locks) {
        this.chat = chat;
        this.streams = streams;
        this.locks = locks;
    }

    /**
     * The number of the last message this node sent the room's members here. The first time a room
     * is asked about, nobody here was in it yet, so everything before now counts as sent.
     */
    public long delivered(String room) {
        locks.requireHeld(room, "reading what #" + room + "'s members here were sent");
        Long last = delivered.get(room);
        if (last == null) { // not computeIfAbsent: no Redis round trip inside the map's own lock
            last = streams.lastSeq(room);
            delivered.put(room, last);
        }
        return last;
    }

    /** This node stored a message: its members of the room get it, after any they had not had yet. */
    @Override
    public void stored(StoredMessage message) {
        deliverUpTo(message.room(), message.seq());
    }

    /** The feed says a room has message {@code seq}: the room's members here get it, and any before it they had not had. */
    public void heard(String room, long seq) {
        synchronized (locks.of(room)) {
            if (delivered.containsKey(room)) { // else nobody here is in the room, and nobody here was sent anything
                deliverUpTo(room, seq);
            }
        }
    }

    /** After the feed was lost for a while: every room's members here get what they missed meanwhile. */
    public void catchUpAll() {
        for (String room : List.copyOf(delivered.keySet())) {
            synchronized (locks.of(room)) {
                if (delivered.containsKey(room)) {
                    deliverUpTo(room, streams.lastSeq(room));
                }
            }
        }
    }

    /** Sends the room's members here what they were not sent yet up to {@code seq}; forgets a room with nobody here. */
    void deliverUpTo(String room, long seq) {
        locks.requireHeld(room, "sending #" + room + "'s messages");
        sendUpTo(room, seq);
        forgetIfNobodyHere(room);
    }

    /** Sends the room's members here every message after {@link #delivered} up to {@code seq}, in order, each once, and remembers the last. */
    private void sendUpTo(String room, long seq) {
        // BEGIN EXERCISE 6.3: Read from the room's stream what came after delivered(room), up to seq, a page at a time; send each to the members here; remember the last sent.
        long last = delivered(room);
        while (last < seq) {
            List<StoredMessage> next = streams.range(room, last + 1, seq, PAGE);
            if (next.isEmpty()) {
                return; // nothing stored there after all: never wait for a number that will not come
            }
            for (StoredMessage message : next) {
                sendHere(message);
                last = message.seq();
            }
            delivered.put(room, last);
        }
        // END EXERCISE 6.3
    }

    /** Sends a message to the room's members on this node only: the other nodes send it to theirs. */
    private void sendHere(StoredMessage message) {
        for (SocketIOClient member : new ArrayList<>(chat.getRoomOperations(message.room()).getClients())) {
            member.sendEvent(ChatRoomsEvents.CHAT_MESSAGE, message);
        }
    }

    private void forgetIfNobodyHere(String room) {
        if (chat.getRoomOperations(room).getClients().isEmpty()) {
            delivered.remove(room);
        }
    }
}
