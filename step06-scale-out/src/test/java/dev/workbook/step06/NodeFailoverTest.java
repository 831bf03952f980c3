package dev.workbook.step06;

import static dev.workbook.step06.CrossNodeDeliveryTest.seqsUntil;
import static dev.workbook.step06.Step06Exercises.DELIVER;
import static org.assertj.core.api.Assertions.assertThat;

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

/** A node dies mid-conversation: its members come back on another node and miss nothing, get nothing twice. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
@Tag("exercise-6.2")
@Tag("exercise-6.3")
class NodeFailoverTest {

    @Test
    @DisplayName("Cy's node dies; back on node 1 with {after: 2}, cy gets 3 and 4 from the join, then 5 live, each once")
    void failoverMissesNothing() throws IOException {
        try (NodesFixture nodes = NodesFixture.start(2)) {
            String room = NodeClient.newRoom("failover");
            try (NodeClient ada = nodes.connect(0, "ada"); NodeClient cy = nodes.connect(1, "cy")) {
                ada.joined(room);
                cy.joined(room);
                ada.sent(room, "one");
                ada.sent(room, "two");
                List<Long> seen = new ArrayList<>(seqsUntil(cy, 2));

                nodes.stop(1);
                ada.sent(room, "three, while cy's node is down");
                ada.sent(room, "four");
                try (NodeClient cyAgain = nodes.reconnect(cy, 0)) {
                    JSONObject rejoined = cyAgain.join(room, 2);
                    seen.addAll(NodeClient.seqs(rejoined));
                    ada.sent(room, "five, after cy came back");
                    seen.addAll(seqsUntil(cyAgain, 5));

                    assertThat(seen).as("%s: the seqs cy saw: live on node 2, then from the rejoin on node 1 (%s), then live there",
                            DELIVER, rejoined).containsExactly(1L, 2L, 3L, 4L, 5L);
                }
            }
        }
    }
}
