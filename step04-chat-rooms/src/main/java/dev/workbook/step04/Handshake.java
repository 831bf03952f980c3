package dev.workbook.step04;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what a client sends in the Socket.IO handshake ({@code auth} in the client's options): a
 * nickname, the client's own id, and the room's token when the server has one.
 */
public final class Handshake {

    public static final int MAX_NICKNAME_CHARS = 24;
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
        if (!(fields.get("nickname") instanceof String given) || given.isBlank()) {
            throw refusal("a nickname is required");
        }
        String nickname = given.strip();
        if (nickname.codePointCount(0, nickname.length()) > MAX_NICKNAME_CHARS || nickname.codePoints().anyMatch(Handshake::invisible)) {
            throw refusal("a nickname has 1 to " + MAX_NICKNAME_CHARS + " characters, none of them control characters");
        }
        if (!(fields.get("clientId") instanceof String clientId) || !CLIENT_ID.matcher(clientId).matches()) {
            throw refusal("a clientId (1 to 64 letters, digits, '-' or '_') is required");
        }
        return new Identity(nickname, clientId);
    }

    /** Control characters, and format characters such as a zero-width space that make two names look alike. */
    private static boolean invisible(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    private static Refusal refusal(String why) {
        return new Refusal(Refusal.BAD_REQUEST, why);
    }
}
