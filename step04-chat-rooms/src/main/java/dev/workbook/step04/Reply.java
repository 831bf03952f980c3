package dev.workbook.step04;

import com.corundumstudio.socketio.AckRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The answer to one event, as its acknowledgement: {@code {ok: true, ...}} or {@code {ok: false, code, error}}. */
final class Reply {

    private final AckRequest ack;
    private final Consumer<Map<String, Object>> onSuccess;

    Reply(AckRequest ack) {
        this(ack, answer -> { });
    }

    private Reply(AckRequest ack, Consumer<Map<String, Object>> onSuccess) {
        this.ack = ack;
        this.onSuccess = onSuccess;
    }

    /** The same reply, which also hands a successful answer to {@code keeper} once it is sent. */
    Reply keepingSuccess(Consumer<Map<String, Object>> keeper) {
        return new Reply(ack, onSuccess.andThen(keeper));
    }

    void ok(Map<String, ?> fields) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        answer.putAll(fields);
        ack.sendAckData(answer); // does nothing when the client asked for no acknowledgement
        onSuccess.accept(answer);
    }

    /** Sends again an answer given before, to a client that retried. */
    void again(Map<String, Object> earlier) {
        Map<String, Object> answer = new LinkedHashMap<>(earlier);
        answer.put("duplicate", true);
        ack.sendAckData(answer);
    }

    void refuse(Refusal refusal) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", false);
        answer.put("code", refusal.code());
        answer.put("error", refusal.getMessage());
        if (refusal.retryAfterMillis() > 0) {
            answer.put("retryAfterMs", refusal.retryAfterMillis());
        }
        ack.sendAckData(answer);
    }
}
