package dev.workbook.pages.nicknames;

import java.text.Normalizer;

/**
 * The one rule for nicknames in steps 02, 03 and 04, taught in step 02's lesson ("Nicknames that
 * look alike"): a nickname is shown in Unicode's compatibility form (NFKC) with the spaces around
 * it trimmed, no-break spaces included; it holds 1 to {@value #MAX_CHARACTERS} characters as a
 * reader counts them (grapheme clusters: 👨‍👩‍👧 is one); it holds nothing invisible and nothing that
 * turns the text around; and only one nickname of each {@linkplain #lookAlikeKey look-alike key}
 * is online at a time.
 *
 * @see <a href="https://www.unicode.org/reports/tr15/">UAX #15: normalization forms</a>
 * @see <a href="https://www.unicode.org/reports/tr39/">UTS #39: security mechanisms</a>
 */
public final class NicknameRule {

    /** The most characters (grapheme clusters) a nickname has. */
    public static final int MAX_CHARACTERS = 24;
    /** The most UTF-16 units a nickname is given in, checked first so that huge input costs nothing: a page's {@code maxlength}. */
    public static final int MAX_UTF16_UNITS = 256;

    private NicknameRule() {
    }

    /**
     * The nickname as it will be shown: NFKC, trimmed.
     *
     * @throws NicknameRefused when it is empty or too long, or holds an invisible or direction-changing character
     */
    public static String shown(String requested) throws NicknameRefused {
        if (requested.length() > MAX_UTF16_UNITS) {
            throw tooLong();
        }
        String nickname = trimmed(Normalizer.normalize(requested, Normalizer.Form.NFKC));
        int invisible = Invisible.firstIn(nickname);
        if (invisible >= 0) {
            throw new NicknameRefused(String.format("a nickname may not hold invisible or direction-changing characters"
                    + " (it holds U+%04X %s)", invisible, Character.getName(invisible)));
        }
        if (nickname.isEmpty()) {
            throw new NicknameRefused("a nickname is required: 1 to " + MAX_CHARACTERS + " characters");
        }
        if (Graphemes.count(nickname) > MAX_CHARACTERS) {
            throw tooLong();
        }
        return nickname;
    }

    /**
     * The key two nicknames share when they look alike: NFKC, trimmed, case folded and look-alike
     * letters mapped (see {@link LookAlikes}). Keep the nicknames online by this key, and look up
     * a nickname someone typed (the recipient of a private message, say) by it too.
     */
    public static String lookAlikeKey(String nickname) {
        return LookAlikes.skeleton(trimmed(Normalizer.normalize(nickname, Normalizer.Form.NFKC)));
    }

    /** The sentence that refuses {@code requested} because {@code online}, whose key is the same, is online. */
    public static String takenBy(String requested, String online) {
        return requested.equals(online)
                ? "'" + requested + "' is already online: choose another nickname"
                : "'" + requested + "' looks like '" + online + "', who is online: choose another nickname";
    }

    /** Trims every kind of space, not only the ASCII ones {@link String#strip} knows (it keeps U+00A0, U+2007, U+202F). */
    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && space(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean space(int point) {
        return Character.isWhitespace(point) || Character.isSpaceChar(point);
    }

    private static NicknameRefused tooLong() {
        return new NicknameRefused("a nickname has at most " + MAX_CHARACTERS + " characters");
    }
}
