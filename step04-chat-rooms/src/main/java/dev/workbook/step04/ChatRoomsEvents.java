package dev.workbook.step04;

import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat's events on its namespace: the handshake, each event handed to the part of the chat
 * that answers it, and what happens when a client comes or goes.
 */
public final class ChatRoomsEvents {

    /** Sent before the server disconnects a client whose handshake carried no auth at all. */
    public static final String REFUSED = "refused";
    /** Listed even when nobody is in them, so a new user has somewhere to go. */
    public static final List<String> DEFAULT_ROOMS = List.of("general", "help");
    /** A room's message, as its members receive it. */
    public static final String CHAT_MESSAGE = RoomMessages.EVENT;
    private static final Logger LOG = LoggerFactory.getLogger(ChatRoomsEvents.class);

    private final SocketIONamespace chat;
    private final Handshake handshake;
    private final Nicknames roster;
    private final RateLimiter rateLimits;
    private final RoomEvents rooms;
    private final RoomMessages messages;
    private final PrivateMessages privateMessages;
    private final Typing typing;
    private final Consumer<Throwable> errors;
    private final Predicate<Throwable> outage;

    /** One server's chat: its messages in {@code store}, each sent to the room's members as soon as it is stored. */
    public ChatRoomsEvents(SocketIONamespace chat, MessageHistory store, Step04Settings settings, Clock clock, Consumer<Throwable> errors) {
        this(chat, ChatBackend.oneServer(chat, store, settings.limits()), settings, clock, errors);
    }

    /** A chat whose messages, nicknames, rooms and limits are kept as {@code backend} says: a chat on several nodes (step 06). */
    public ChatRoomsEvents(SocketIONamespace chat, ChatBackend backend, Step04Settings settings, Clock clock, Consumer<Throwable> errors) {
        ChatLimits limits = settings.limits();
        Memberships memberships = new Memberships(DEFAULT_ROOMS, backend.presence());
        MessageHistory store = backend.history();
        RoomLocks locks = backend.locks();
        this.chat = chat;
        this.handshake = new Handshake(settings.token());
        this.roster = backend.nicknames();
        this.rateLimits = backend.rateLimits();
        this.typing = new Typing(chat, memberships, limits.typingThrottle(), System::nanoTime);
        this.rooms = new RoomEvents(chat, store, memberships, locks, limits, typing);
        this.messages = new RoomMessages(store, backend.delivery(), memberships, locks, limits, rateLimits, typing, clock);
        this.privateMessages = new PrivateMessages(backend.connections(), roster, limits, rateLimits, clock);
        this.errors = errors;
        this.outage = backend.outage();
    }

    /** Adds every listener to the namespace. */
    // tag::register[]
    public void register() {
        chat.addAuthTokenListener((auth, client) -> authenticate(auth, client));
        chat.addConnectListener(this::connected);
        chat.addDisconnectListener(this::disconnected);
        on(RoomEvents.ROOMS, rooms::list);
        on(RoomEvents.JOIN, rooms::join);
        on(RoomEvents.LEAVE, rooms::leave);
        on(RoomEvents.HISTORY, rooms::history);
        on(RoomMessages.EVENT, messages::send);
        on(Typing.EVENT, typing::handle);
        on(PrivateMessages.EVENT, privateMessages::send);
    }
    // end::register[]

    private AuthTokenResult authenticate(Object auth, SocketIOClient client) {
        try {
            Identity identity = handshake.check(auth);
            UUID replaced = roster.claim(identity, client.getSessionId());
            identity.attachTo(client);
            SocketIOClient old = replaced == null ? null : chat.getClient(replaced);
            if (old != null) { // the same page on a new connection: its old one is dead, or soon will be
                old.disconnect();
            }
            return AuthTokenResult.AuthTokenResultSuccess;
        } catch (Refusal refused) {
            LOG.info("{}: handshake refused: {}", client.getRemoteAddress(), refused.getMessage());
            return refusedHandshake(refused);
        } catch (RuntimeException bug) { // else netty-socketio refuses with no reason, and nobody hears of it
            if (outage.test(bug)) { // a shared roster out of reach: a reason the page can show, not a bug report
                LOG.warn("{}: handshake refused, the chat's store is unreachable: {}", client.getRemoteAddress(), bug.toString());
                return refusedHandshake(unreachable("sign in again"));
            }
            LOG.error("the handshake check failed for {}", client.getRemoteAddress(), bug);
            errors.accept(bug);
            return new AuthTokenResult(false, Map.of("message", "the server failed to check the handshake: " + bug.getMessage()));
        }
    }

    private static AuthTokenResult refusedHandshake(Refusal refused) {
        return new AuthTokenResult(false, Map.of("message", refused.getMessage(), "data", connectErrorData(refused)));
    }

    /** The refusal of a request the chat cannot answer while its shared store is out of reach; {@code retry} says what to do. */
    private static Refusal unreachable(String retry) {
        return new Refusal(Refusal.UNAVAILABLE, "the chat cannot reach its store just now: " + retry + " in a moment");
    }

    /** The refusal's code, and the sign-in field at fault when there is one, so the page shows the reason beside it. */
    private static Map<String, String> connectErrorData(Refusal refused) {
        boolean aboutNickname = refused.code().equals(Refusal.BAD_NICKNAME) || refused.code().equals(Refusal.NICKNAME_TAKEN);
        return aboutNickname ? Map.of("code", refused.code(), "field", "nickname") : Map.of("code", refused.code());
    }

    private void connected(SocketIOClient client) {
        if (Identity.of(client) == null) { // a client that sent no auth at all skips the auth listener
            client.sendEvent(REFUSED, Map.of("message", "send {nickname, clientId} in the handshake's auth"));
            client.disconnect();
        }
    }

    private void disconnected(SocketIOClient client) {
        Identity member = Identity.of(client);
        if (member == null) {
            return;
        }
        seeOut(member, "tell " + member.nickname() + "'s rooms that they left", () -> rooms.disconnected(client, member));
        seeOut(member, "free " + member.nickname() + "'s nickname", () -> {
            if (roster.release(member, client.getSessionId())) { // not when the same page came back on a new connection
                rateLimits.forget(member.clientId());
            }
        });
    }

    /** One part of seeing a member out; its failure is logged, and never keeps the next part from running. */
    private void seeOut(Identity member, String what, Runnable part) {
        try {
            part.run();
        } catch (RuntimeException bug) {
            if (outage.test(bug)) {
                LOG.warn("could not {}: the chat's store is unreachable ({})", what, bug.toString());
            } else {
                LOG.error("the chat failed to see {} out", member.nickname(), bug);
                errors.accept(bug);
            }
        }
    }

    /** Answers {@code event} with {@code handler}: a refusal or a failure becomes an error acknowledgement. */
    private void on(String event, Handler handler) {
        chat.addEventListener(event, Object.class, (client, payload, ack) -> {
            Reply reply = new Reply(ack);
            Identity sender = Identity.of(client);
            try {
                if (sender == null) {
                    throw new Refusal(Refusal.BAD_REQUEST, "send {nickname, clientId} in the handshake's auth first");
                }
                handler.handle(client, sender, payload, reply);
            } catch (Refusal refused) {
                LOG.info("{} {}: refused: {}", client.getRemoteAddress(), event, refused.getMessage());
                reply.refuse(refused);
            } catch (SQLException | RuntimeException bug) {
                if (outage.test(bug)) {
                    LOG.warn("{} {}: refused, the chat's store is unreachable: {}", client.getRemoteAddress(), event, bug.toString());
                    reply.refuse(unreachable("send it again"));
                    return;
                }
                LOG.error("the chat failed to answer {} from {}", event, client.getRemoteAddress(), bug);
                errors.accept(bug);
                reply.refuse(new Refusal(Refusal.SERVER_ERROR, "the server failed to answer " + event + ": " + bug));
            }
        });
    }
}
