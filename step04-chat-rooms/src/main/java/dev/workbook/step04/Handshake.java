package dev.workbook.step04;

import dev.workbook.pages.nicknames.NicknameRefused;
import dev.workbook.pages.nicknames.NicknameRule;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what a client sends in the Socket.IO handshake ({@code auth} in the client's options): a
 * nickname that the workbook's {@link NicknameRule} accepts, the client's own id, and the room's
 * token when the server has one.
 */
public final class Handshake {

    public static final int MAX_NICKNAME_CHARS = NicknameRule.MAX_CHARACTERS;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String requiredToken;

    /** A check that also wants {@code requiredToken} in the handshake, unless it is null. */
    public Handshake(String requiredToken) {
        this.requiredToken = requiredToken;
    }

    /**
     * Returns who the client is.
     *
     * @param auth the client's {@code auth} object, as netty-socketio decoded it (a Map), or anything else a client sent
     * @throws Refusal saying what is missing or wrong; the client's {@code connect_error} shows it
     */
    public Identity check(Object auth) throws Refusal {
        if (!(auth instanceof Map<?, ?> fields)) {
            throw refusal("send {nickname, clientId} in the handshake's auth");
        }
        if (requiredToken != null && !requiredToken.equals(fields.get("token"))) {
            throw refusal("wrong or missing token");
        }
        if (!(fields.get("nickname") instanceof String given)) {
            throw new Refusal(Refusal.BAD_NICKNAME, "a nickname is required");
        }
        String nickname = shown(given);
        if (!(fields.get("clientId") instanceof String clientId) || !CLIENT_ID.matcher(clientId).matches()) {
            throw refusal("a clientId (1 to 64 letters, digits, '-' or '_') is required");
        }
        return new Identity(nickname, clientId);
    }

    private static String shown(String given) throws Refusal {
        try {
            return NicknameRule.shown(given);
        } catch (NicknameRefused refused) {
            throw new Refusal(Refusal.BAD_NICKNAME, refused.getMessage());
        }
    }

    private static Refusal refusal(String why) {
        return new Refusal(Refusal.BAD_REQUEST, why);
    }
}
