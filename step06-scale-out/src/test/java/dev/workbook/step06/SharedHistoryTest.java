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

/** The history that every node reads from Redis: a join's, a catch-up's, and a retry's first copy, whichever node answers. */
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
    @DisplayName("A page that comes back on node 2 with {after: 3} gets exactly 4 and 5, sent on node 1")
    void catchUpOnAnotherNode() {
        String room = NodeClient.newRoom("back");
        try (NodeClient ada = NODES.connect(0, "ada")) {
            ada.joined(room);
            for (int i = 1; i <= 5; i++) { // step 04's burst: 5 at once
                ada.sent(room, "message " + i);
            }
            try (NodeClient again = NODES.reconnect(ada, 1)) {

                JSONObject ack = again.join(room, 3);

                assertThat(NodeClient.seqs(ack)).as("%s: the seqs in the join {after: 3} ack on node 2 (the ack: %s)", READ_STREAM, ack)
                        .containsExactly(4L, 5L);
            }
        }
    }

    @Test
    @DisplayName("A retry sent to node 2 of a message node 1 stored gets its first seq back, marked duplicate")
    void retryOnAnotherNode() {
        String room = NodeClient.newRoom("retry");
        try (NodeClient ada = NODES.connect(0, "ada")) {
            ada.joined(room);
            JSONObject first = ada.send(room, "only once", "m-1");
            try (NodeClient again = NODES.reconnect(ada, 1)) {
                again.joined(room);

                JSONObject retry = again.send(room, "only once", "m-1");

                assertThat(retry.optLong("seq", -1)).as("%s: the seq of the retry's ack on node 2; the first copy's ack was %s", READ_STREAM,
                        first).isEqualTo(first.optLong("seq", -2));
                assertThat(retry.opt("duplicate")).as("%s: 'duplicate' in the retry's ack %s", READ_STREAM, retry).isEqualTo(true);
            }
        }
    }
}
