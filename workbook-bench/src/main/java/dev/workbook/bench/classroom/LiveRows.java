package dev.workbook.bench.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Reads the board's live feed: a {@code {"type": "row", "row": {...}}} message is one learner's changed row. */
final class LiveRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveRows() {
    }

    /** The row a live message carries; empty for the board's other messages. */
    static Optional<JsonNode> rowIn(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            return "row".equals(node.path("type").asText()) ? Optional.of(node.get("row")) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the board sent something that is not JSON: " + message, e);
        }
    }
}
