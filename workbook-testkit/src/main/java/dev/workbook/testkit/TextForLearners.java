package dev.workbook.testkit;

/** Makes any text safe to print in a failure message: control characters and invisible ones shown as escapes. */
public final class TextForLearners {

    private TextForLearners() {
    }

    /**
     * The text with each control, format or unassigned character written as {@code \\u0007}, and
     * carriage returns and line feeds kept, so that a bell, an escape sequence or a right-to-left
     * mark in a test input neither rings, colours the terminal nor hides.
     */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            if (hidden && c != '\n' && c != '\r' && c != '\t') {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
