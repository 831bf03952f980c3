package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The error answers the given code writes, whatever the validator asked for. */
@Tag("support")
class HttpResponsesTest {

    @Test
    @DisplayName("Every 426 says Upgrade: websocket, as RFC 9110 requires, once")
    void upgradeRequiredAlwaysNamesWebSocket() {
        String answer = HttpResponses.error(426, "this server speaks 13", Map.of("Sec-WebSocket-Version", "13"));

        assertThat(answer).as("a 426 answer").contains("\r\nUpgrade: websocket\r\n").contains("\r\nSec-WebSocket-Version: 13\r\n");
        assertThat(answer.split("Upgrade: ", -1)).as("how often the 426 names Upgrade").hasSize(2);
    }

    @Test
    @DisplayName("Other errors carry no Upgrade header")
    void otherErrorsDoNotAskForAnUpgrade() {
        assertThat(HttpResponses.error(400, "bad", Map.of())).as("a 400 answer").doesNotContain("Upgrade:");
    }
}
