package dev.workbook.step06;

import static dev.workbook.step06.CrossNodeDeliveryTest.seqsUntil;
import static dev.workbook.step06.Step06Exercises.DELIVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Redis goes away while the chat runs, and comes back with its data: what was acknowledged is kept, and the nodes carry on. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
@Tag("exercise-6.2")
@Tag("exercise-6.3")
class RedisLossTest {

    @Test
    @DisplayName("Redis restarts: a message refused while it was down is sent again and delivered once; those before are kept")
    void nodesCarryOnAfterRedisComesBack() throws IOException {
        assumeTrue(System.getProperty(Step06Settings.REDIS_PROPERTY) == null,
                "this run uses a Redis it did not start (-Dstep06.redis), and cannot stop it");
        try (NodesFixture nodes = NodesFixture.start(2)) {
            String room = NodeClient.newRoom("outage");
            try (NodeClient ada = nodes.connect(0, "ada"); NodeClient cy = nodes.connect(1, "cy")) {
                ada.joined(room);
                cy.joined(room);
                ada.sent(room, "before");
                List<Long> seen = new ArrayList<>(seqsUntil(cy, 1));
                JSONObject[] refused = new JSONObject[1];

                nodes.restartRedis(() -> refused[0] = ada.send(room, "during", "m-during"));
                JSONObject retried = ada.emitWithAck(NodeClient.CHAT, new JSONObject(java.util.Map.of("room", room, "text", "during",
                        "clientMessageId", "m-during")));
                seen.addAll(seqsUntil(cy, 2));

                assertThat(refused[0].optBoolean("ok", true)).as("whether the message sent while Redis was down was acknowledged: %s",
                        refused[0]).isFalse();
                assertThat(retried.optLong("seq", -1)).as("the seq of its retry once Redis was back: %s", retried).isEqualTo(2);
                assertThat(seen).as("%s: the seqs cy (node 2) saw across Redis's restart", DELIVER).containsExactly(1L, 2L);
            }
        }
    }
}
