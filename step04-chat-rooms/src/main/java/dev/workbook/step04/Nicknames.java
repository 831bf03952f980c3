package dev.workbook.step04;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is online under which nickname, one client per nickname: one server's {@link Roster}, or a
 * roster every node shares (step 06). Nicknames that look alike count as one.
 */
public interface Nicknames {

    /**
     * Gives {@code identity}'s nickname to {@code session}. The same client coming back on a new
     * connection, before the server noticed its old one died, takes the nickname over.
     *
     * @return the session the nickname belonged to until now, to disconnect, or null
     * @throws Refusal ({@code nickname-taken}) when another client has the nickname
     */
    UUID claim(Identity identity, UUID session) throws Refusal;

    /**
     * Frees the nickname, unless another session has taken it over since.
     *
     * @return whether it was freed
     */
    boolean release(Identity identity, UUID session);

    /** The session and nickname (as its owner spells it) of whoever is online under {@code nickname}. */
    Optional<Roster.Online> find(String nickname);
}
