package dev.workbook.step04;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/** Payloads for the chat's events and reading its answers, on the org.json that socket.io-client-java brings. */
final class Payloads {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private Payloads() {
    }

    /** A {@code chat message} payload. */
    static JSONObject message(String room, String text, String clientMessageId) {
        return object("room", room, "text", text, "clientMessageId", clientMessageId);
    }

    /** {@code base} with a number no other call gave: nicknames and rooms of their own for tests that share a server. */
    static String unique(String base) {
        return base + NUMBERS.incrementAndGet();
    }

    static String newMessageId() {
        return "m-" + NUMBERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A JSON object of keys and values in turn; org.json's put throws a checked exception, which this hides. */
    static JSONObject object(Object... keysAndValues) {
        JSONObject json = new JSONObject();
        try {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                json.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        } catch (JSONException e) {
            throw new IllegalArgumentException(e);
        }
        return json;
    }

    /** The objects in a JSON array, or none when it is null. */
    static List<JSONObject> objects(JSONArray array) {
        List<JSONObject> objects = new ArrayList<>();
        for (int i = 0; array != null && i < array.length(); i++) {
            objects.add(array.optJSONObject(i));
        }
        return objects;
    }

    /** The seqs of the messages an ack carries, in its order. */
    static List<Long> seqs(JSONObject ack) {
        return objects(ack.optJSONArray("messages")).stream().map(message -> message.optLong("seq")).toList();
    }

    /** first, first + 1, ... last. */
    static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    /** The strings in a JSON array, or none when it is null. */
    static List<String> strings(JSONArray array) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; array != null && i < array.length(); i++) {
            strings.add(array.optString(i));
        }
        return strings;
    }
}
