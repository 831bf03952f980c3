package dev.workbook.step04;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.socketio.SocketIoTestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;

/**
 * A step 04 chat client for tests: the kit's Socket.IO test client on {@code /chat}, keeping every
 * event of the chat with rooms, signed in with a nickname and a clientId, with the rooms' requests.
 */
final class RoomsTestClient extends SocketIoTestClient {

    static final String ROOMS = "rooms";
    static final String JOIN = "join";
    static final String LEAVE = "leave";
    static final String HISTORY = "history";
    static final String CHAT = "chat message";
    static final String TYPING = "typing";
    static final String PRIVATE = "private message";
    static final String MEMBERS = "members";
    static final String REFUSED = "refused";

    private static final Namespace ROOMS_CHAT = new Namespace(ChatRoomsServer.NAMESPACE,
            List.of(CHAT, MEMBERS, ROOMS, TYPING, PRIVATE, REFUSED));

    /** The nickname it signed in with, or null for no auth; failure messages name it. */
    final String nickname;
    final String clientId;

    /**
     * A client that connects at once.
     *
     * @param auth what it sends in its handshake ({@code nickname}, {@code clientId}, {@code token}), or null for no auth at all
     */
    RoomsTestClient(int port, Transports transports, Map<String, String> auth, Await await) {
        super(port, ROOMS_CHAT, transports, auth, Map.of(), await);
        this.nickname = auth == null ? null : auth.get("nickname");
        this.clientId = auth == null ? null : auth.get("clientId");
    }

    /** The auth of a new page: {@code nickname} and a clientId of its own. */
    static Map<String, String> auth(String nickname) {
        return auth(nickname, nickname.strip().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + Payloads.newMessageId());
    }

    static Map<String, String> auth(String nickname, String clientId) {
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("nickname", nickname);
        auth.put("clientId", clientId);
        return auth;
    }

    /** A client signed in as {@code nickname}, connected and on its last transport (see {@link #awaitReady()}). */
    static RoomsTestClient connect(int port, Transports transports, String nickname, Await await) {
        return connect(port, transports, auth(nickname), await);
    }

    static RoomsTestClient connect(int port, Transports transports, Map<String, String> auth, Await await) {
        return readyOrClosed(new RoomsTestClient(port, transports, auth, await), RoomsTestClient::awaitReady);
    }

    /** A client signed in as {@code nickname}, connected, on its last transport, and in {@code room} (see {@link #joined}). */
    static RoomsTestClient connectInRoom(int port, Transports transports, String nickname, String room, Await await) {
        return readyOrClosed(new RoomsTestClient(port, transports, auth(nickname), await), client -> {
            client.awaitReady();
            client.joined(room);
        });
    }

    /** {@code join {room}}, acknowledged. */
    JSONObject join(String room) {
        return emitWithAck(JOIN, Payloads.object("room", room));
    }

    /** {@code join {room}} as the arrangement of a test: fails naming exercise 4.2 unless the ack says ok. */
    JSONObject joined(String room) {
        JSONObject ack = join(room);
        if (!ack.optBoolean("ok")) {
            throw new AssertionError(Step04Exercises.JOIN + ": " + nickname + " could not join #" + room + ": the ack is " + ack);
        }
        return ack;
    }

    /** {@code chat message {room, text, clientMessageId}} with a new clientMessageId, acknowledged. */
    JSONObject send(String room, String text) {
        return emitWithAck(CHAT, Payloads.message(room, text, Payloads.newMessageId()));
    }

    JSONObject nextChatMessage() {
        return next(CHAT);
    }

    JSONObject nextMembers() {
        return next(MEMBERS);
    }

    JSONObject nextRooms() {
        return next(ROOMS);
    }

    JSONObject nextTyping() {
        return next(TYPING);
    }

    JSONObject nextPrivateMessage() {
        return next(PRIVATE);
    }

    /** A refusal comes right after the handshake, so its wait is a connect's. */
    JSONObject nextRefused() {
        return nextAfterHandshake(REFUSED);
    }
}
