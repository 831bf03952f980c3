package dev.workbook.step04;

import java.math.BigInteger;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The fields of an event's payload, read with a {@code bad-request} refusal for anything of the wrong shape. */
final class Fields {

    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9_:.-]{1,64}");

    private final Map<?, ?> values;

    private Fields(Map<?, ?> values) {
        this.values = values;
    }

    /** The payload's fields; refused unless it is a JSON object. */
    static Fields of(Object payload) throws Refusal {
        if (payload instanceof Map<?, ?> map) {
            return new Fields(map);
        }
        throw new Refusal(Refusal.BAD_REQUEST, "send a JSON object, not " + (payload == null ? "nothing" : describe(payload)));
    }

    /** A field as the client sent it, possibly null. */
    Object raw(String name) {
        return values.get(name);
    }

    String string(String name) throws Refusal {
        if (values.get(name) instanceof String text) {
            return text;
        }
        throw new Refusal(Refusal.BAD_REQUEST, "'" + name + "' must be a string");
    }

    boolean bool(String name) throws Refusal {
        if (values.get(name) instanceof Boolean flag) {
            return flag;
        }
        throw new Refusal(Refusal.BAD_REQUEST, "'" + name + "' must be true or false");
    }

    /** A message number: absent, or a whole number, 0 or more. */
    OptionalLong optionalSeq(String name) throws Refusal {
        Object value = values.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue());
        if (whole && ((Number) value).doubleValue() >= 0 && ((Number) value).doubleValue() <= Long.MAX_VALUE) {
            return OptionalLong.of(((Number) value).longValue());
        }
        throw new Refusal(Refusal.BAD_REQUEST, "'" + name + "' must be a message number, 0 or more");
    }

    long seq(String name) throws Refusal {
        OptionalLong seq = optionalSeq(name);
        if (seq.isEmpty()) {
            throw new Refusal(Refusal.BAD_REQUEST, "'" + name + "' is missing");
        }
        return seq.getAsLong();
    }

    /** A message's text, trimmed: 1 to {@code maxChars} code points. */
    String text(String name, int maxChars) throws Refusal {
        String text = string(name).strip();
        if (text.isEmpty()) {
            throw new Refusal(Refusal.EMPTY, "an empty message is not sent");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            throw new Refusal(Refusal.TOO_LONG, "a message has at most " + maxChars + " characters; this one has " + length);
        }
        return text;
    }

    /** The id the client gave this message, the same on every retry. */
    String clientMessageId() throws Refusal {
        if (values.get("clientMessageId") instanceof String id && CLIENT_MESSAGE_ID.matcher(id).matches()) {
            return id;
        }
        throw new Refusal(Refusal.BAD_REQUEST, "'clientMessageId' must be 1 to 64 letters, digits or '-_:.'");
    }

    private static String describe(Object payload) {
        String text = String.valueOf(payload);
        return payload.getClass().getSimpleName() + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
