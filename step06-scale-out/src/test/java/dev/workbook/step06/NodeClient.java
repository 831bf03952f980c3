package dev.workbook.step06;

import dev.workbook.step04.ChatRoomsServer;
import dev.workbook.testkit.Await;
import dev.workbook.testkit.socketio.SocketIoTestClient;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.json.JSONArray;
import org.json.JSONObject;

/** A chat client for step 06's tests: the kit's Socket.IO test client on one node's {@code /chat}, signed in. */
final class NodeClient extends SocketIoTestClient {

    static final String JOIN = "join";
    static final String HISTORY = "history";
    static final String CHAT = "chat message";
    static final String TYPING = "typing";
    static final String MEMBERS = "members";
    static final String ROOMS = "rooms";
    static final String PRIVATE = "private message";

    private static final Namespace CHAT_EVENTS = new Namespace(ChatRoomsServer.NAMESPACE, List.of(CHAT, MEMBERS, TYPING, ROOMS, PRIVATE));

    final String nickname;
    final String clientId;
    /** The node it is connected to, or the balancer it goes through, for failure messages. */
    final String node;
    /** The local address it connects from, or null for the one the system chooses. */
    final InetAddress from;

    private NodeClient(String node, int port, Map<String, String> auth, Await await) {
        super(port, CHAT_EVENTS, Transports.DEFAULT, auth, Map.of(), await);
        this.nickname = auth.get("nickname");
        this.clientId = auth.get("clientId");
        this.node = node;
        this.from = null;
    }

    private NodeClient(String balancer, InetAddress from, int port, Transports transports, Map<String, String> auth, Await await) {
        super(from, port, CHAT_EVENTS, transports, auth, await);
        this.nickname = auth.get("nickname");
        this.clientId = auth.get("clientId");
        this.node = balancer + " from " + from.getHostAddress();
        this.from = from;
    }

    /** A new page's client on {@code node}, connected and on its last transport. */
    static NodeClient connect(String node, int port, String nickname, Await await) {
        return connect(node, port, nickname, nickname + "-" + UUID.randomUUID(), await);
    }

    /** The same page (the same clientId) connecting to {@code node}: a reload, or a failover to another node. */
    static NodeClient connect(String node, int port, String nickname, String clientId, Await await) {
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("nickname", nickname);
        auth.put("clientId", clientId);
        return readyOrClosed(new NodeClient(node, port, auth, await), NodeClient::awaitReady);
    }

    /**
     * A new page's client of the balancer on {@code port}, connecting from {@code from} over
     * {@code transports}; connected and on its last transport unless {@code ready} is false.
     */
    static NodeClient through(String balancer, int port, InetAddress from, Transports transports, String nickname, boolean ready,
                              Await await) {
        NodeClient client = new NodeClient(balancer, from, port, transports, newPage(nickname), await);
        return ready ? readyOrClosed(client, NodeClient::awaitReady) : client;
    }

    private static Map<String, String> newPage(String nickname) {
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("nickname", nickname);
        auth.put("clientId", nickname + "-" + UUID.randomUUID());
        return auth;
    }

    /** A new page's client on {@code node} that does not wait to connect: for a handshake the node may refuse. */
    static NodeClient connecting(String node, int port, String nickname, Await await) {
        return new NodeClient(node, port, Map.of("nickname", nickname, "clientId", nickname + "-" + UUID.randomUUID()), await);
    }

    /** {@code private message {to, text, clientMessageId}}; the ack. */
    JSONObject sendPrivately(String to, String text, String clientMessageId) {
        return emitWithAck(PRIVATE, new JSONObject(Map.of("to", to, "text", text, "clientMessageId", clientMessageId)));
    }

    /** {@code join {room}}, or {@code join {room, after}} when {@code after} is not negative; the ack. */
    JSONObject join(String room, long after) {
        return emitWithAck(JOIN, new JSONObject(after >= 0 ? Map.of("room", room, "after", after) : Map.of("room", room)));
    }

    /** Joins {@code room} as a test's arrangement: fails unless the ack says ok. */
    JSONObject joined(String room) {
        JSONObject ack = join(room, -1);
        if (!ack.optBoolean("ok")) {
            throw new AssertionError(nickname + " on " + node + " could not join #" + room + ": the ack is " + ack);
        }
        return ack;
    }

    /** {@code chat message {room, text, clientMessageId}} with a new id; the ack. */
    JSONObject send(String room, String text) {
        return send(room, text, UUID.randomUUID().toString());
    }

    /** Sends as a test's arrangement: fails unless the ack says ok; the ack. */
    JSONObject sent(String room, String text) {
        JSONObject ack = send(room, text);
        if (!ack.optBoolean("ok")) {
            throw new AssertionError(this + " could not send '" + text + "' to #" + room + ": the ack is " + ack);
        }
        return ack;
    }

    JSONObject send(String room, String text, String clientMessageId) {
        return emitWithAck(CHAT, new JSONObject(Map.of("room", room, "text", text, "clientMessageId", clientMessageId)));
    }

    /** The seqs of an ack's {@code messages}, in its order. */
    static List<Long> seqs(JSONObject ack) {
        List<Long> seqs = new ArrayList<>();
        JSONArray messages = ack.optJSONArray("messages");
        for (int i = 0; messages != null && i < messages.length(); i++) {
            seqs.add(messages.optJSONObject(i).optLong("seq", -1));
        }
        return seqs;
    }

    /** A fresh room name, so that tests sharing the nodes never meet. */
    static String newRoom(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String toString() {
        return nickname + " on " + node;
    }
}
