package dev.workbook.step03;

import java.util.Map;

/**
 * Reads the payload of a {@code chat message} event: an object {@code {text}} whose text is not
 * blank and at most {@value #MAX_TEXT_CHARS} characters.
 */
public final class ChatPayload {

    public static final int MAX_TEXT_CHARS = 2000;

    private ChatPayload() {
    }

    /**
     * The message's text.
     *
     * @param data what the client emitted, as netty-socketio decoded it: a Map, a String, a number, a List or null
     * @throws Refusal when it has the wrong shape, or the text is blank or too long
     */
    public static String textOf(Object data) throws Refusal {
        // BEGIN EXERCISE 3.2: Accept only an object whose 'text' is a non-blank string of at most MAX_TEXT_CHARS characters.
        if (!(data instanceof Map<?, ?> fields) || !(fields.get("text") instanceof String text)) {
            throw new Refusal("expected {text: string}");
        }
        if (text.isBlank()) {
            throw new Refusal("the text is empty");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new Refusal("a message holds at most " + MAX_TEXT_CHARS + " characters");
        }
        return text;
        // END EXERCISE 3.2
    }
}
