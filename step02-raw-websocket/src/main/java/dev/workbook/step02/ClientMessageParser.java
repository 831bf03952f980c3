package dev.workbook.step02;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a text frame from a client into a {@link ClientMessage}, or says precisely what is wrong with it. */
public final class ClientMessageParser {

    /** The longest chat text accepted, in characters; longer ones get {@code too-long}. */
    public static final int MAX_TEXT_CHARS = 4096;
    /** The longest client-side message id accepted. */
    public static final int MAX_CLIENT_ID_CHARS = 64;

    private final ObjectMapper json;

    public ClientMessageParser(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Parses one envelope.
     *
     * @throws BadMessage {@code invalid-json} when it is not a JSON object, {@code unknown-type} for
     *     a type other than join or chat, {@code missing-field} when a required string field is
     *     absent or not a string, {@code too-long} for a text over {@link #MAX_TEXT_CHARS}
     */
    public ClientMessage parse(String text) throws BadMessage {
        // BEGIN EXERCISE 2.1: Read the JSON object, then build a Join or a Chat from its fields, or throw BadMessage with the right code.
        JsonNode envelope = readObject(text);
        String type = requiredText(envelope, "type");
        switch (type) {
            case "join":
                return new ClientMessage.Join(requiredText(envelope, "nickname"));
            case "chat":
                String chat = requiredText(envelope, "text");
                if (chat.length() > MAX_TEXT_CHARS) {
                    throw new BadMessage("too-long", "a chat message may hold at most " + MAX_TEXT_CHARS + " characters");
                }
                return new ClientMessage.Chat(chat, optionalClientId(envelope));
            default:
                throw new BadMessage("unknown-type", "unknown message type '" + type + "': use join or chat");
        }
        // END EXERCISE 2.1
    }

    private JsonNode readObject(String text) throws BadMessage {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new BadMessage("invalid-json", "a message must be one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadMessage("invalid-json", "a message must be one JSON object: " + e.getOriginalMessage());
        }
    }

    private static String requiredText(JsonNode envelope, String field) throws BadMessage {
        JsonNode value = envelope.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadMessage("missing-field", "the field '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static String optionalClientId(JsonNode envelope) throws BadMessage {
        JsonNode value = envelope.get("clientId");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > MAX_CLIENT_ID_CHARS) {
            throw new BadMessage("missing-field", "clientId, when given, must be a string of at most " + MAX_CLIENT_ID_CHARS + " characters");
        }
        return value.asText();
    }
}
