package dev.workbook.step02;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * Everyone connected to the chat: who has joined under which nickname, and how messages and
 * presence reach them. One lock orders joins, leaves and messages, so that every member sees them
 * in the same order.
 */
public final class ChatRoom {

    private final Map<WebSocket, String> members = new ConcurrentHashMap<>();
    private final Nicknames nicknames = new Nicknames();
    private final AtomicLong messageIds = new AtomicLong();
    private final Envelopes envelopes;
    private final Clock clock;

    public ChatRoom(Envelopes envelopes, Clock clock) {
        this.envelopes = envelopes;
        this.clock = clock;
    }

    /** Lets {@code connection} in under the nickname it asked for, and tells everyone. */
    public synchronized void join(WebSocket connection, ClientMessage.Join join) throws BadMessage {
        // BEGIN EXERCISE 2.3: Refuse a second join (already-joined); claim the nickname; welcome the newcomer with who is online; announce 'joined' to the others.
        if (members.containsKey(connection)) {
            throw new BadMessage("already-joined", "you joined as '" + members.get(connection) + "' already");
        }
        String nickname = nicknames.claim(join.nickname());
        members.put(connection, nickname);
        connection.send(envelopes.welcome(nickname, online()));
        sendToAllBut(connection, envelopes.presence("joined", nickname, online(), clock.instant()));
        // END EXERCISE 2.3
    }

    /** Takes {@code connection} out, if it had joined, and tells those who remain. */
    public synchronized void leave(WebSocket connection) {
        // BEGIN EXERCISE 2.3: If the connection had joined, remove it, free its nickname and announce 'left' to everyone who remains.
        String nickname = members.remove(connection);
        if (nickname != null) {
            nicknames.release(nickname);
            sendToAllBut(connection, envelopes.presence("left", nickname, online(), clock.instant()));
        }
        // END EXERCISE 2.3
    }

    /** Stamps a chat message with an id and the time, sends it to everyone else, and the sender's copy back to the sender. */
    public synchronized void say(WebSocket connection, ClientMessage.Chat chat) throws BadMessage {
        // BEGIN EXERCISE 2.4: Refuse a sender who has not joined (not-joined); stamp id and time; send to everyone else, and the sender's copy with its clientId.
        String sender = members.get(connection);
        if (sender == null) {
            throw new BadMessage("not-joined", "join with a nickname before you chat");
        }
        long id = messageIds.incrementAndGet();
        Instant time = clock.instant();
        sendToAllBut(connection, envelopes.chat(id, sender, chat.text(), time, null));
        connection.send(envelopes.chat(id, sender, chat.text(), time, chat.clientId()));
        // END EXERCISE 2.4
    }

    /** The nicknames online, in alphabetical order. */
    public List<String> online() {
        return members.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.toList());
    }

    // tag::send-to-all-but[]
    private void sendToAllBut(WebSocket excluded, String envelope) {
        for (WebSocket member : members.keySet()) {
            if (member != excluded) {
                sendQuietly(member, envelope);
            }
        }
    }

    /** A member may close at any moment: its onClose will take it out; the others must still be served. */
    private static void sendQuietly(WebSocket member, String envelope) {
        try {
            member.send(envelope);
        } catch (WebsocketNotConnectedException closing) {
            // it is leaving; nothing was lost that it could still have read
        }
    }
    // end::send-to-all-but[]
}
