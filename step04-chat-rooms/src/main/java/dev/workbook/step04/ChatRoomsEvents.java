package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat's events on its namespace: each event handed to the part of the chat that answers it
 * (signing in to {@link SignIn}), and what happens when a client goes.
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
    private final SignIn signIn;
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
        this.roster = backend.nicknames();
        this.errors = errors;
        this.outage = backend.outage();
        this.signIn = new SignIn(chat, new Handshake(settings.token()), roster, outage, errors);
        this.rateLimits = backend.rateLimits();
        this.typing = new Typing(chat, memberships, limits.typingThrottle(), System::nanoTime);
        this.rooms = new RoomEvents(chat, store, memberships, locks, limits, typing);
        this.messages = new RoomMessages(store, backend.delivery(), memberships, locks, limits, rateLimits, typing, clock);
        this.privateMessages = new PrivateMessages(backend.connections(), roster, limits, rateLimits, clock);
    }

    /** Adds every listener to the namespace. */
    // tag::register[]
    public void register() {
        chat.addAuthTokenListener(signIn::authenticate);
        chat.addConnectListener(signIn::connected);
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
                    reply.refuse(Refusal.unavailable("send it again"));
                    return;
                }
                LOG.error("the chat failed to answer {} from {}", event, client.getRemoteAddress(), bug);
                errors.accept(bug);
                reply.refuse(new Refusal(Refusal.SERVER_ERROR, "the server failed to answer " + event + ": " + bug));
            }
        });
    }
}
