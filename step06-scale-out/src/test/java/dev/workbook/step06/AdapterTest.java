package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.ADAPTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** netty-socketio's own broadcasts, shared through Redis: what step 04 sends to a room reaches its members on every node. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
class AdapterTest {

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2);

    @Test
    @DisplayName("Ada typing on node 1 is shown to cy on node 2")
    void typingCrossesNodes() {
        String room = NodeClient.newRoom("typing");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient cy = NODES.connect(1, "cy")) {
            ada.joined(room);
            cy.joined(room);

            ada.emitWithAck(NodeClient.TYPING, new JSONObject(Map.of("room", room, "typing", true)));

            JSONObject typing = cy.next(NodeClient.TYPING);
            assertThat(typing.optString("nickname")).as("%s: who cy (node 2) heard typing in #%s: %s", ADAPTER, room, typing)
                    .isEqualTo("ada");
        }
    }

    @Test
    @DisplayName("Cy joining on node 2 is announced to ada on node 1")
    void joinsCrossNodes() {
        String room = NodeClient.newRoom("joins");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient cy = NODES.connect(1, "cy")) {
            ada.joined(room);

            cy.joined(room);

            JSONObject joined = ada.next(NodeClient.MEMBERS);
            while (!joined.optString("joined").equals("cy")) {
                joined = ada.next(NodeClient.MEMBERS);
            }
            assertThat(joined.optString("room")).as("%s: the room of the 'members' event ada (node 1) heard: %s", ADAPTER, joined)
                    .isEqualTo(room);
        }
    }
}
