package dev.workbook.step04;

import com.corundumstudio.socketio.AckRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to one event, as its acknowledgement: {@code {ok: true, ...}} or {@code {ok: false, code, error}}. */
final class Reply {

    private final AckRequest ack;

    Reply(AckRequest ack) {
        this.ack = ack;
    }

    void ok(Map<String, ?> fields) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        answer.putAll(fields);
        ack.sendAckData(answer); // does nothing when the client asked for no acknowledgement
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
