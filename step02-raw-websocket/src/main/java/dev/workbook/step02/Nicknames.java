package dev.workbook.step02;

import dev.workbook.pages.nicknames.NicknameRefused;
import dev.workbook.pages.nicknames.NicknameRule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nicknames in use: each one checked and shaped by the workbook's {@link NicknameRule}, and
 * unique among those online by its look-alike key ("Ada", "ada" and "Аda" with a Cyrillic А are
 * the same person to a reader).
 */
public final class Nicknames {

    public static final int MAX_LENGTH = NicknameRule.MAX_CHARACTERS;

    /** Who is online, by look-alike key: the key, and the nickname as its owner wrote it. */
    private final Map<String, String> taken = new ConcurrentHashMap<>();

    /**
     * Takes a nickname and returns it as it will be shown (NFKC, trimmed).
     *
     * @throws BadMessage {@code nickname-invalid} when the rule refuses it (empty, too long,
     *     invisible characters...); {@code nickname-taken} when someone online has it or one that looks like it
     */
    public String claim(String requested) throws BadMessage {
        // BEGIN EXERCISE 2.2: Let NicknameRule shape it (else nickname-invalid), then take its look-alike key unless someone online has it (nickname-taken).
        String nickname;
        try {
            nickname = NicknameRule.shown(requested);
        } catch (NicknameRefused refused) {
            throw new BadMessage("nickname-invalid", refused.getMessage());
        }
        String online = taken.putIfAbsent(NicknameRule.lookAlikeKey(nickname), nickname);
        if (online != null) {
            throw new BadMessage("nickname-taken", NicknameRule.takenBy(nickname, online));
        }
        return nickname;
        // END EXERCISE 2.2
    }

    /** Frees a nickname when its owner leaves. */
    public void release(String nickname) {
        taken.remove(NicknameRule.lookAlikeKey(nickname));
    }
}
