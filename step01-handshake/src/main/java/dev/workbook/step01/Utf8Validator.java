package dev.workbook.step01;

/**
 * Checks that bytes are valid UTF-8 as they arrive, piece by piece, so that a text message can be
 * refused at its first bad byte instead of after its last.
 *
 * <p>It tracks how many continuation bytes the current character still needs and the range the
 * next one must fall in; the ranges rule out overlong forms, surrogates (U+D800-U+DFFF) and code
 * points above U+10FFFF.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3629#section-4">RFC 3629, section 4</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-8.1">RFC 6455, section 8.1</a>
 */
public final class Utf8Validator {

    private static final int CONTINUATION_MIN = 0x80;
    private static final int CONTINUATION_MAX = 0xBF;

    private int needed;
    private int lower = CONTINUATION_MIN;
    private int upper = CONTINUATION_MAX;

    /** Returns {@code false} at the first byte that cannot be part of valid UTF-8. */
    public boolean accept(byte[] data, int offset, int length) {
        // BEGIN EXERCISE 1.7: Follow each lead byte's continuation count and allowed ranges; return false at the first invalid byte.
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            if (needed == 0) {
                if (!startCharacter(b)) {
                    return false;
                }
            } else {
                if (b < lower || b > upper) {
                    return false;
                }
                lower = CONTINUATION_MIN;
                upper = CONTINUATION_MAX;
                needed--;
            }
        }
        return true;
        // END EXERCISE 1.7
    }

    /** Whether the bytes so far end on a whole character (no sequence left half-done). */
    public boolean isComplete() {
        return needed == 0;
    }

    /** Reads a lead byte: how many continuation bytes follow, and where the first of them may lie. */
    private boolean startCharacter(int b) {
        // BEGIN EXERCISE 1.7: For a lead byte, set needed, lower and upper (RFC 3629's table); return false for a byte that cannot lead.
        if (b <= 0x7F) {
            return true;
        } else if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            lower = b == 0xE0 ? 0xA0 : CONTINUATION_MIN; // E0 80..9F would be overlong
            upper = b == 0xED ? 0x9F : CONTINUATION_MAX; // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            lower = b == 0xF0 ? 0x90 : CONTINUATION_MIN; // F0 80..8F would be overlong
            upper = b == 0xF4 ? 0x8F : CONTINUATION_MAX; // F4 90.. would pass U+10FFFF
        } else {
            return false;
        }
        return true;
        // END EXERCISE 1.7
    }

    /** Whether a whole byte array is valid UTF-8. */
    public static boolean isValid(byte[] data) {
        Utf8Validator validator = new Utf8Validator();
        return validator.accept(data, 0, data.length) && validator.isComplete();
    }
}
