package dev.workbook.step02;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;

/**
 * Builds the JSON envelopes the server sends. Every one has a {@code type}; the lesson documents
 * each type and its fields.
 */
public final class Envelopes {

    private final ObjectMapper json;

    public Envelopes(ObjectMapper json) {
        this.json = json;
    }

    /** To a client whose join succeeded: its nickname as shown, and who is online. */
    public String welcome(String nickname, Collection<String> online) {
        return write(envelope("welcome").put("nickname", nickname).set("online", list(online)));
    }

    /** To everyone else: someone joined ({@code joined}) or left ({@code left}), and who is online now. */
    public String presence(String type, String nickname, Collection<String> online, Instant time) {
        ObjectNode envelope = envelope(type).put("nickname", nickname).put("time", time.toString());
        return write(envelope.set("online", list(online)));
    }

    /**
     * A chat message as the server stamped it. The sender's own copy carries its {@code clientId},
     * which tells the page that this message was delivered.
     */
    public String chat(long id, String sender, String text, Instant time, String clientId) {
        ObjectNode envelope = envelope("chat").put("id", Long.toString(id)).put("sender", sender).put("text", text)
                .put("time", time.toString());
        if (clientId != null) {
            envelope.put("clientId", clientId);
        }
        return write(envelope);
    }

    /** To one client: what it sent was refused, and why. */
    public String error(BadMessage refused) {
        return write(envelope("error").put("code", refused.code()).put("message", refused.getMessage()));
    }

    private ObjectNode envelope(String type) {
        return json.createObjectNode().put("type", type);
    }

    private ArrayNode list(Collection<String> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private String write(ObjectNode envelope) {
        return envelope.toString();
    }
}
