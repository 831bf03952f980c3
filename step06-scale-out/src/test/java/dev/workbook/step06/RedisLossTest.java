package dev.workbook.step06;

import static dev.workbook.step06.CrossNodeDeliveryTest.seqsUntil;
import static dev.workbook.step06.Step06Exercises.DELIVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        NodesFixture.assumeItsOwnRedis();
        try (NodesFixture nodes = NodesFixture.start(2)) {
            String room = NodeClient.newRoom("outage");
            try (NodeClient ada = nodes.connect(0, "ada"); NodeClient cy = nodes.connect(1, "cy")) {
                ada.joined(room);
                cy.joined(room);
                ada.sent(room, "before");
                List<Long> seen = new ArrayList<>(seqsUntil(cy, 1));
                JSONObject[] refused = new JSONObject[1];

                nodes.restartRedis(() -> refused[0] = ada.emitWithAck(NodeClient.CHAT, during(room), NodesFixture.REDIS_TIMEOUTS));
                JSONObject retried = nodes.await().atMost(NodesFixture.REDIS_TIMEOUTS).value("an ok for the retry of m-during once Redis was back",
                        () -> okOrNull(ada.emitWithAck(NodeClient.CHAT, during(room), NodesFixture.REDIS_TIMEOUTS)));
                // cy's node hears of it once its feed reader has Redis back: after at most one of Redisson's timeouts.
                JSONObject second = nodes.await().atMost(NodesFixture.REDIS_TIMEOUTS).next(DELIVER + ": message 2 at cy (node 2), once Redis was back",
                        cy.queue(NodeClient.CHAT), () -> cy.heardSoFar() + "; cy connected " + cy.connects() + " time(s), was disconnected "
                                + cy.disconnections() + " time(s); the retry's ack: " + retried);
                seen.add(second.optLong("seq", -1));

                assertThat(refused[0].optString("code")).as("the code of the ack of a message sent while Redis was down: %s", refused[0])
                        .isEqualTo("unavailable");
                assertThat(retried.optLong("seq", -1)).as("the seq of its retry once Redis was back: %s", retried).isEqualTo(2);
                assertThat(seen).as("%s: the seqs cy (node 2) saw across Redis's restart", DELIVER).containsExactly(1L, 2L);
            }
        }
    }

    private static JSONObject during(String room) {
        return new JSONObject(Map.of("room", room, "text", "during", "clientMessageId", "m-during"));
    }

    private static JSONObject okOrNull(JSONObject ack) {
        return ack.optBoolean("ok") ? ack : null;
    }
}
