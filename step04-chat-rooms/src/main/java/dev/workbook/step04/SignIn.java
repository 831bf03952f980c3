package dev.workbook.step04;

import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in: the handshake's auth checked, the nickname claimed, and a refusal the page can show
 * beside the field at fault.
 */
final class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final SocketIONamespace chat;
    private final Handshake handshake;
    private final Nicknames roster;
    private final Predicate<Throwable> outage;
    private final Consumer<Throwable> errors;

    SignIn(SocketIONamespace chat, Handshake handshake, Nicknames roster, Predicate<Throwable> outage, Consumer<Throwable> errors) {
        this.chat = chat;
        this.handshake = handshake;
        this.roster = roster;
        this.outage = outage;
        this.errors = errors;
    }

    /** netty-socketio's auth listener: success, or a refusal with the reason in its data. */
    AuthTokenResult authenticate(Object auth, SocketIOClient client) {
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
                return refusedHandshake(Refusal.unavailable("sign in again"));
            }
            LOG.error("the handshake check failed for {}", client.getRemoteAddress(), bug);
            errors.accept(bug);
            return new AuthTokenResult(false, Map.of("message", "the server failed to check the handshake: " + bug.getMessage()));
        }
    }

    /** A client that sent no auth at all skips the auth listener: it is told why, and disconnected. */
    void connected(SocketIOClient client) {
        if (Identity.of(client) == null) {
            client.sendEvent(ChatRoomsEvents.REFUSED, Map.of("message", "send {nickname, clientId} in the handshake's auth"));
            client.disconnect();
        }
    }

    private static AuthTokenResult refusedHandshake(Refusal refused) {
        return new AuthTokenResult(false, Map.of("message", refused.getMessage(), "data", connectErrorData(refused)));
    }

    /** The refusal's code, and the sign-in field at fault when there is one, so the page shows the reason beside it. */
    private static Map<String, String> connectErrorData(Refusal refused) {
        boolean aboutNickname = refused.code().equals(Refusal.BAD_NICKNAME) || refused.code().equals(Refusal.NICKNAME_TAKEN);
        return aboutNickname ? Map.of("code", refused.code(), "field", "nickname") : Map.of("code", refused.code());
    }
}
