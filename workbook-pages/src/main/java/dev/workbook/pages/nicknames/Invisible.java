package dev.workbook.pages.nicknames;

/**
 * The characters a nickname may not hold because a reader cannot see them, or because they
 * change the direction of the text around them: controls (Cc), format characters (Cf: the
 * zero-width space U+200B, the bidi controls U+202A-U+202E and U+2066-U+2069, the marks U+200E and
 * U+200F...), line and paragraph separators, and the Hangul and Braille fillers that draw nothing.
 * The one format character allowed is the zero-width joiner (U+200D) between two emoji, which
 * glues 👨 👩 👧 into one family.
 *
 * @see <a href="https://www.unicode.org/reports/tr39/#Identifier_Status_and_Type">UTS #39: identifier status</a>
 */
final class Invisible {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;

    private Invisible() {
    }

    /** The first character of {@code text} that is refused, or -1 when there is none. */
    static int firstIn(String text) {
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            if (refused(points[i]) && !(points[i] == ZERO_WIDTH_JOINER && joinsEmoji(points, i))) {
                return points[i];
            }
        }
        return -1;
    }

    private static boolean refused(int point) {
        int type = Character.getType(point);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || blankLetter(point);
    }

    /** Letters and symbols that draw nothing, a favourite for nicknames that look empty. */
    private static boolean blankLetter(int point) {
        return point == 0x115F || point == 0x1160 || point == 0x3164 || point == 0xFFA0 || point == 0x2800;
    }

    /** Whether the joiner at {@code at} sits between two emoji (after an emoji's presentation selector or skin tone). */
    private static boolean joinsEmoji(int[] points, int at) {
        int before = at - 1;
        while (before >= 0 && (points[before] == VARIATION_SELECTOR_16 || skinTone(points[before]))) {
            before--;
        }
        return before >= 0 && at + 1 < points.length && emoji(points[before]) && emoji(points[at + 1]);
    }

    private static boolean skinTone(int point) {
        return point >= 0x1F3FB && point <= 0x1F3FF;
    }

    /** Emoji for this purpose: the pictographic blocks, and the older symbols used in sequences (♀ ♂ ⚕ ❤ ...). */
    private static boolean emoji(int point) {
        return point >= 0x1F000 && point <= 0x1FAFF || point >= 0x2600 && point <= 0x27BF || point == 0x2B1B || point == 0x2B50;
    }
}
