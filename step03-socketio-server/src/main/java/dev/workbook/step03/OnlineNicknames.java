package dev.workbook.step03;

import dev.workbook.pages.nicknames.NicknameRule;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The nicknames online, one per look-alike key ({@link NicknameRule#lookAlikeKey}): while "Ada" is
 * online, neither "ada" nor "Аda" with a Cyrillic А gets in.
 */
final class OnlineNicknames {

    private final Map<String, Holder> byKey = new ConcurrentHashMap<>();

    /**
     * Gives {@code nickname} to {@code session}, unless another session that is still
     * {@code connected} holds it or a look-alike. A holder whose connection is already closed, but
     * whose disconnect the server has not handled yet (a page coming back at once), gives way.
     *
     * @throws Refusal naming the nickname online that it looks like
     */
    void claim(String nickname, UUID session, Predicate<UUID> connected) throws Refusal {
        Holder claimant = new Holder(nickname, session);
        Holder holder = byKey.compute(NicknameRule.lookAlikeKey(nickname), (key, current) ->
                current == null || current.session().equals(session) || !connected.test(current.session()) ? claimant : current);
        if (!holder.equals(claimant)) {
            throw new Refusal(NicknameRule.takenBy(nickname, holder.nickname()), Refusal.NICKNAME);
        }
    }

    /** Frees {@code nickname}, unless another session has taken it over since. */
    void release(String nickname, UUID session) {
        byKey.remove(NicknameRule.lookAlikeKey(nickname), new Holder(nickname, session));
    }

    /** Who holds a nickname. */
    private record Holder(String nickname, UUID session) {
    }
}
