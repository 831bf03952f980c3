package dev.workbook.step03;

import java.util.Map;

/**
 * Checks what a client sends in the Socket.IO handshake ({@code auth} in the client's options):
 * a nickname, and the room's token when the server has one.
 */
public final class HandshakeCheck {

    public static final int MAX_NICKNAME_CHARS = 24;

    private final String requiredToken;

    /** A check that also wants {@code requiredToken} in the handshake, unless it is null. */
    public HandshakeCheck(String requiredToken) {
        this.requiredToken = requiredToken;
    }

    /**
     * Returns the nickname to use, trimmed.
     *
     * @param auth the client's {@code auth} object, as netty-socketio decoded it (a Map), or anything else a client sent
     * @throws Refusal saying what is missing or wrong; the client's {@code connect_error} shows it
     */
    public String nicknameFrom(Object auth) throws Refusal {
        // BEGIN EXERCISE 3.1: Expect a map with a string nickname (trimmed, 1 to 24 characters) and, when required, the right token.
        if (!(auth instanceof Map<?, ?> fields)) {
            throw new Refusal("send {nickname} in the handshake's auth");
        }
        if (requiredToken != null && !requiredToken.equals(fields.get("token"))) {
            throw new Refusal("wrong or missing token");
        }
        if (!(fields.get("nickname") instanceof String given) || given.isBlank()) {
            throw new Refusal("a nickname is required");
        }
        String nickname = given.strip();
        if (nickname.codePointCount(0, nickname.length()) > MAX_NICKNAME_CHARS
                || nickname.codePoints().anyMatch(Character::isISOControl)) {
            throw new Refusal("a nickname has 1 to " + MAX_NICKNAME_CHARS + " characters, none of them control characters");
        }
        return nickname;
        // END EXERCISE 3.1
    }
}
