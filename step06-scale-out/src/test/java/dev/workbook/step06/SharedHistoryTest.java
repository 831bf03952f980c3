package dev.workbook.step06;

import static dev.workbook.step06.CrossNodeDeliveryTest.oneTo;
import static dev.workbook.step06.Step06Exercises.READ_STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The history that every node reads from Redis: a join's and a catch-up's, whichever node answers. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
@Tag("exercise-6.2")
class SharedHistoryTest {

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2);

    @Test
    @DisplayName("Joining on node 2 a room of 60 messages stored in Redis gives its last 50, oldest first")
    void joinOnAnotherNodeGivesTheLatest() {
        String room = NodeClient.newRoom("sixty");
        RawMessages.write(NODES.redis(), room, 60);
        try (NodeClient cy = NODES.connect(1, "cy")) {

            JSONObject ack = cy.joined(room);

            assertThat(NodeClient.seqs(ack)).as("%s: the seqs in cy's join ack (node 2) for a room of 60 messages", READ_STREAM)
                    .containsExactlyElementsOf(oneTo(60).subList(10, 60));
        }
    }

    @Test
    @DisplayName("A page that comes back on node 2 with {after: 3} gets exactly 4 and 5 from Redis")
    void catchUpOnAnotherNode() {
        String room = NodeClient.newRoom("back");
        RawMessages.write(NODES.redis(), room, 5);
        try (NodeClient cy = NODES.connect(1, "cy")) {

            JSONObject ack = cy.join(room, 3);

            assertThat(NodeClient.seqs(ack)).as("%s: the seqs in the join {after: 3} ack on node 2 (the ack: %s)", READ_STREAM, ack)
                    .containsExactly(4L, 5L);
        }
    }
}
