package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.client.codec.StringCodec;

/** Step 04's member lists and room counts on two nodes: they list and count the members on every node. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
class SharedPresenceTest {

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2);

    @Test
    @DisplayName("Cy joining on node 2 is told the members on both nodes, and ada on node 1 hears the same full list")
    void membersOnBothNodesAreListed() {
        String room = NodeClient.newRoom("list");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient bob = NODES.connect(0, "bob"); NodeClient cy = NODES.connect(1, "cy")) {
            ada.joined(room);
            bob.joined(room);

            JSONObject joined = cy.joined(room);
            JSONObject announced = announcement(ada, "joined", "cy");

            assertThat(names(joined)).as("%s: 'members' in cy's join ack on node 2, with ada and bob on node 1: %s", SHARED, joined)
                    .containsExactly("ada", "bob", "cy");
            assertThat(names(announced)).as("%s: 'members' in the announcement ada (node 1) heard of cy's join: %s", SHARED, announced)
                    .containsExactly("ada", "bob", "cy");
        }
    }

    @Test
    @DisplayName("Cy leaves on node 2: ada on node 1 hears that the room has ada and bob left")
    void aLeaveOnTheOtherNodeIsListed() {
        String room = NodeClient.newRoom("leave");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient bob = NODES.connect(0, "bob"); NodeClient cy = NODES.connect(1, "cy")) {
            List.of(ada, bob, cy).forEach(member -> member.joined(room));

            cy.emitWithAck("leave", new JSONObject(Map.of("room", room)));
            JSONObject announced = announcement(ada, "left", "cy");

            assertThat(names(announced)).as("%s: 'members' in the announcement ada (node 1) heard of cy's leave: %s", SHARED, announced)
                    .containsExactly("ada", "bob");
        }
    }

    @Test
    @DisplayName("The rooms list counts the members on both nodes, and none of a node whose lease has lapsed")
    void countsCoverBothNodes() {
        String room = NodeClient.newRoom("count");
        NODES.redis().getMap(SharedPresence.membersKey(room), StringCodec.INSTANCE).put("node-9-00000000 " + UUID.randomUUID(), "zed"); // a dead node's
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient cy = NODES.connect(1, "cy")) {
            ada.joined(room);
            JSONObject joined = cy.joined(room);

            JSONObject rooms = ada.emitWithAck(NodeClient.ROOMS, new JSONObject());

            assertThat(count(rooms, room)).as("%s: #%s's count in the rooms list ada (node 1) got, with ada there and cy on node 2: %s",
                    SHARED, room, rooms).isEqualTo(2);
            assertThat(names(joined)).as("%s: 'members' in cy's join ack, where a dead node had left zed behind: %s", SHARED, joined)
                    .containsExactly("ada", "cy");
        }
    }

    /** The next {@code members} announcement {@code member} hears that says {@code change} (joined, left) of {@code nickname}. */
    private static JSONObject announcement(NodeClient member, String change, String nickname) {
        JSONObject members = member.next(NodeClient.MEMBERS);
        while (!nickname.equals(members.optString(change))) {
            members = member.next(NodeClient.MEMBERS);
        }
        return members;
    }

    private static List<String> names(JSONObject withMembers) {
        List<String> names = new ArrayList<>();
        JSONArray members = withMembers.optJSONArray("members");
        for (int i = 0; members != null && i < members.length(); i++) {
            names.add(members.optString(i));
        }
        return names;
    }

    private static int count(JSONObject rooms, String room) {
        JSONArray list = rooms.optJSONArray("rooms");
        for (int i = 0; list != null && i < list.length(); i++) {
            if (room.equals(list.optJSONObject(i).optString("name"))) {
                return list.optJSONObject(i).optInt("members", -1);
            }
        }
        return 0;
    }
}
