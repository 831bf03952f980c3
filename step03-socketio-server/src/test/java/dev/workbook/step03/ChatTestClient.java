package dev.workbook.step03;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.socketio.SocketIoTestClient;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;

/** A step 03 chat client for tests: the kit's Socket.IO test client on {@code /chat}, keeping the chat's events. */
final class ChatTestClient extends SocketIoTestClient {

    private static final Namespace CHAT = new Namespace(SocketIoChatServer.NAMESPACE,
            List.of(ChatEvents.CHAT, ChatEvents.PRESENCE, ChatEvents.REFUSED));

    ChatTestClient(int port, Transports transports, Map<String, String> auth, Await await) {
        this(port, transports, auth, Map.of(), await);
    }

    /**
     * A client that connects at once.
     *
     * @param auth what it sends in its handshake, or null to send no auth at all
     * @param headers extra HTTP headers on every request, such as the {@code Origin} a page would send
     */
    ChatTestClient(int port, Transports transports, Map<String, String> auth, Map<String, List<String>> headers, Await await) {
        super(port, CHAT, transports, auth, headers, await);
    }

    /** A client joined as {@code nickname}, connected; closed again if it cannot connect. */
    static ChatTestClient join(int port, Transports transports, String nickname, Await await) {
        return readyOrClosed(new ChatTestClient(port, transports, Map.of("nickname", nickname), await),
                ChatTestClient::awaitConnected);
    }

    /**
     * A client joined as {@code nickname}, connected, and done upgrading (see {@link #awaitLastTransport()}).
     * Tests that count on acks and order use it: with netty-socketio 2.0.14 an event emitted while the
     * client moves from long polling to WebSocket lost its acknowledgement once under load.
     */
    static ChatTestClient joinOnLastTransport(int port, Transports transports, String nickname, Await await) {
        return readyOrClosed(new ChatTestClient(port, transports, Map.of("nickname", nickname), await),
                ChatTestClient::awaitReady);
    }

    /** The payload of a {@code chat message}: {@code {text}}. */
    static JSONObject text(String text) {
        return object("text", text);
    }

    JSONObject nextChatMessage() {
        return next(ChatEvents.CHAT);
    }

    JSONObject nextPresence() {
        return next(ChatEvents.PRESENCE);
    }

    /** A refusal comes right after the handshake, so its wait is a connect's. */
    JSONObject nextRefused() {
        return nextAfterHandshake(ChatEvents.REFUSED);
    }
}
