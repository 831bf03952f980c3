package dev.workbook.step03;

import dev.workbook.pages.nicknames.NicknameRefused;
import dev.workbook.pages.nicknames.NicknameRule;
import java.util.Map;

/**
 * Checks what a client sends in the Socket.IO handshake ({@code auth} in the client's options):
 * a nickname that the workbook's {@link NicknameRule} accepts, and the room's token when the server has one.
 */
public final class HandshakeCheck {

    public static final int MAX_NICKNAME_CHARS = NicknameRule.MAX_CHARACTERS;

    private final String requiredToken;

    /** A check that also wants {@code requiredToken} in the handshake, unless it is null. */
    public HandshakeCheck(String requiredToken) {
        this.requiredToken = requiredToken;
    }

    /**
     * Returns the nickname to use, as {@link NicknameRule#shown} shapes it (NFKC, trimmed).
     *
     * @param auth the client's {@code auth} object, as netty-socketio decoded it (a Map), or anything else a client sent
     * @throws Refusal saying what is missing or wrong; the client's {@code connect_error} shows it
     */
    public String nicknameFrom(Object auth) throws Refusal {
        // BEGIN EXERCISE 3.1: Expect a map, the right token when one is required, and a string nickname that NicknameRule.shown accepts.
        if (!(auth instanceof Map<?, ?> fields)) {
            throw new Refusal("send {nickname} in the handshake's auth");
        }
        if (requiredToken != null && !requiredToken.equals(fields.get("token"))) {
            throw new Refusal("wrong or missing token", Refusal.TOKEN);
        }
        if (!(fields.get("nickname") instanceof String given)) {
            throw new Refusal("a nickname is required", Refusal.NICKNAME);
        }
        try {
            return NicknameRule.shown(given);
        } catch (NicknameRefused refused) {
            throw new Refusal(refused.getMessage(), Refusal.NICKNAME);
        }
        // END EXERCISE 3.1
    }
}
