package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step04.ChatLimits;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 04's rate limit on two nodes: a user has one bucket, whichever node each message reaches. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
@Tag("exercise-6.2")
@Tag("exercise-6.3")
class SharedRateLimitTest {

    /** Step 04's burst of 5, and a refill slow enough (one message per 100 s) that no token comes back while the test runs. */
    private static final ChatLimits LIMITS = ChatLimits.DEFAULT.withRate(5, 0.01);

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2, settings -> settings.withLimits(LIMITS));

    @Test
    @DisplayName("Ada sends 3 messages through node 1 and 2 through node 2: the 6th is refused with rate-limited on either node")
    void oneBucketAcrossNodes() {
        String room = NodeClient.newRoom("limit");
        try (NodeClient viaOne = NODES.connect(0, "ada"); NodeClient viaTwo = NODES.reconnect(viaOne, 1)) {
            viaOne.joined(room);
            viaTwo.joined(room);
            List<JSONObject> acks = new ArrayList<>();
            for (NodeClient sender : List.of(viaOne, viaOne, viaOne, viaTwo, viaTwo)) {
                acks.add(sender.send(room, "within the burst"));
            }

            JSONObject sixthOnOne = viaOne.send(room, "one too many, on node 1");
            JSONObject sixthOnTwo = viaTwo.send(room, "one too many, on node 2");

            assertThat(acks).as("%s: the acks of ada's first 5 messages, 3 through node 1 and 2 through node 2", SHARED)
                    .allMatch(ack -> ack.optBoolean("ok"));
            for (JSONObject refused : List.of(sixthOnOne, sixthOnTwo)) {
                assertThat(refused.optString("code")).as("%s: the code in the ack of a 6th message within the burst: %s", SHARED, refused)
                        .isEqualTo("rate-limited");
                assertThat(refused.optLong("retryAfterMs")).as("%s: retryAfterMs in %s", SHARED, refused).isPositive();
                assertThat(refused.optString("error")).as("%s: the reason in %s", SHARED, refused)
                        .startsWith("slow down: 5 messages at once, then 0.01 a second");
            }
        }
    }
}
