package dev.workbook.step03;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat's events on its namespace: the handshake check, {@code chat message} to everyone or to
 * everyone but the sender, each acknowledged, and {@code presence} when someone comes or goes.
 */
public final class ChatEvents {

    public static final String CHAT = "chat message";
    public static final String CHAT_TO_OTHERS = "chat message to others";
    public static final String PRESENCE = "presence";
    /** Sent before the server disconnects a client whose handshake carried no auth at all. */
    public static final String REFUSED = "refused";
    private static final String NICKNAME = "nickname";
    private static final Logger LOG = LoggerFactory.getLogger(ChatEvents.class);

    private final SocketIONamespace chat;
    private final HandshakeCheck check;
    private final Clock clock;
    private final Consumer<Throwable> errors;
    private final AtomicLong ids = new AtomicLong();
    private final Set<UUID> online = ConcurrentHashMap.newKeySet();
    private final OnlineNicknames nicknames = new OnlineNicknames();

    public ChatEvents(SocketIONamespace chat, HandshakeCheck check, Clock clock, Consumer<Throwable> errors) {
        this.chat = chat;
        this.check = check;
        this.clock = clock;
        this.errors = errors;
    }

    /** Adds every listener to the namespace. */
    // tag::register[]
    public void register() {
        chat.addAuthTokenListener((auth, client) -> {
            try {
                String nickname = check.nicknameFrom(auth);
                nicknames.claim(nickname, client.getSessionId(), this::stillConnected);
                client.set(NICKNAME, nickname);
                return AuthTokenResult.AuthTokenResultSuccess;
            } catch (Refusal refused) {
                LOG.info("{}: handshake refused: {}", client.getRemoteAddress(), refused.getMessage());
                return new AuthTokenResult(false, connectError(refused));
            } catch (RuntimeException bug) { // else netty-socketio refuses with no reason, and nobody hears of it
                LOG.error("the handshake check failed for {}", client.getRemoteAddress(), bug);
                errors.accept(bug);
                return new AuthTokenResult(false, Map.of("message", "the server failed to check the handshake: " + bug.getMessage()));
            }
        });
        chat.addConnectListener(client -> guarded(client, () -> connected(client)));
        chat.addDisconnectListener(client -> guarded(client, () -> {
            if (online.remove(client.getSessionId())) {
                nicknames.release(client.get(NICKNAME), client.getSessionId());
                announce(client, "left");
            }
        }));
        chat.addEventListener(CHAT, Object.class, (client, data, ack) -> guarded(client, () -> toEveryone(client, data, ack)));
        chat.addEventListener(CHAT_TO_OTHERS, Object.class, (client, data, ack) -> guarded(client, () -> toOthers(client, data, ack)));
    }
    // end::register[]

    /** How many are online. */
    public int onlineCount() {
        return online.size();
    }

    private void connected(SocketIOClient client) {
        if (client.get(NICKNAME) == null) {
            // A client that sent no auth at all skips the auth listener: refuse it here, saying why.
            client.sendEvent(REFUSED, Map.of("message", "send {nickname} in the handshake's auth"));
            client.disconnect();
            return;
        }
        online.add(client.getSessionId());
        announce(client, "joined");
    }

    /** Sends a {@code chat message} to everyone, the sender included, and acknowledges it with its id and time. */
    void toEveryone(SocketIOClient sender, Object data, AckRequest ack) {
        // BEGIN EXERCISE 3.4: Read the text (refuse with an error ack), stamp it, send it to everyone, then ack {ok, id, time}.
        ChatMessage message;
        try {
            message = stamp(sender, ChatPayload.textOf(data));
        } catch (Refusal refused) {
            refuse(ack, refused);
            return;
        }
        chat.getBroadcastOperations().sendEvent(CHAT, message);
        acknowledge(ack, message);
        // END EXERCISE 3.4
    }

    /** Sends a {@code chat message} to everyone but its sender, and acknowledges it with its id and time. */
    void toOthers(SocketIOClient sender, Object data, AckRequest ack) {
        // BEGIN EXERCISE 3.5: Like 3.4, but send it to everyone except the sender.
        ChatMessage message;
        try {
            message = stamp(sender, ChatPayload.textOf(data));
        } catch (Refusal refused) {
            refuse(ack, refused);
            return;
        }
        chat.getBroadcastOperations().sendEvent(CHAT, sender, message);
        acknowledge(ack, message);
        // END EXERCISE 3.5
    }

    /** Tells everyone in the namespace that {@code client} joined or left, and how many are online now. */
    void announce(SocketIOClient client, String change) {
        // BEGIN EXERCISE 3.3: Send a 'presence' event to everyone: {nickname, change, online} with the number online.
        chat.getBroadcastOperations().sendEvent(PRESENCE,
                Map.of(NICKNAME, client.get(NICKNAME), "change", change, "online", online.size()));
        // END EXERCISE 3.3
    }

    /** What the client's {@code connect_error} carries: the reason as its message, and the form field in its data. */
    private static Map<String, Object> connectError(Refusal refused) {
        return refused.field() == null ? Map.of("message", refused.getMessage())
                : Map.of("message", refused.getMessage(), "data", Map.of("field", refused.field()));
    }

    private boolean stillConnected(UUID session) {
        SocketIOClient holder = chat.getClient(session);
        return holder != null && holder.isChannelOpen();
    }

    private ChatMessage stamp(SocketIOClient sender, String text) {
        return new ChatMessage(Long.toString(ids.incrementAndGet()), sender.get(NICKNAME), text, clock.instant().toString());
    }

    private static void acknowledge(AckRequest ack, ChatMessage message) {
        ack.sendAckData(Map.of("ok", true, "id", message.id(), "time", message.time()));
    }

    private static void refuse(AckRequest ack, Refusal refused) {
        ack.sendAckData(Map.of("ok", false, "error", refused.getMessage()));
    }

    /** Runs a listener's work; the chat's own failures are reported and end that client's connection. */
    private void guarded(SocketIOClient client, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException bug) {
            LOG.error("the chat failed serving {}", client.getRemoteAddress(), bug);
            errors.accept(bug);
            client.disconnect();
        }
    }
}
