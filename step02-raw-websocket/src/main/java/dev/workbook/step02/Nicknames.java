package dev.workbook.step02;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nicknames in use: each one trimmed, 1 to {@value #MAX_LENGTH} characters, and unique among
 * those online regardless of case ("Ada" and "ada" are the same person to a reader).
 */
public final class Nicknames {

    public static final int MAX_LENGTH = 24;

    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    /**
     * Takes a nickname and returns it as it will be shown (trimmed).
     *
     * @throws BadMessage {@code nickname-invalid} when it is empty or too long after trimming, or
     *     holds control characters; {@code nickname-taken} when someone online already has it
     */
    public String claim(String requested) throws BadMessage {
        // BEGIN EXERCISE 2.2: Trim, check the length (1 to MAX_LENGTH) and characters, then take it unless someone online has it (ignoring case).
        String nickname = requested.strip();
        if (nickname.isEmpty() || nickname.codePointCount(0, nickname.length()) > MAX_LENGTH) {
            throw new BadMessage("nickname-invalid", "a nickname has 1 to " + MAX_LENGTH + " characters");
        }
        if (nickname.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadMessage("nickname-invalid", "a nickname may not hold control characters");
        }
        if (!taken.add(nickname.toLowerCase(Locale.ROOT))) {
            throw new BadMessage("nickname-taken", "'" + nickname + "' is already online: choose another nickname");
        }
        return nickname;
        // END EXERCISE 2.2
    }

    /** Frees a nickname when its owner leaves. */
    public void release(String nickname) {
        taken.remove(nickname.toLowerCase(Locale.ROOT));
    }
}
