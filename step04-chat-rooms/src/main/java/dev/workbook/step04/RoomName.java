package dev.workbook.step04;

import java.util.Locale;
import java.util.regex.Pattern;

/** A room's name as the chat keeps it: what a client sent, trimmed, lower-cased and checked. */
public final class RoomName {

    public static final int MAX_CHARS = 24;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_CHARS - 1) + "}");

    private RoomName() {
    }

    /**
     * Returns the room's name: 1 to 24 of a-z, 0-9, '-' and '_', starting with a letter or a digit.
     *
     * @param given what the client sent as {@code room}
     * @throws Refusal ({@code bad-room}) saying what a name may be
     */
    public static String parse(Object given) throws Refusal {
        // BEGIN EXERCISE 4.1: Trim and lower-case a string, then accept 1-24 of a-z 0-9 - _ starting with a letter or digit; else refuse with bad-room.
        String name = given instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : "";
        if (!ALLOWED.matcher(name).matches()) {
            throw new Refusal(Refusal.BAD_ROOM, "a room's name has 1 to " + MAX_CHARS
                    + " letters a-z, digits, '-' or '_', and starts with a letter or digit; not " + describe(given));
        }
        return name;
        // END EXERCISE 4.1
    }

    private static String describe(Object given) {
        return given instanceof String text ? "\"" + text + "\"" : String.valueOf(given);
    }
}
