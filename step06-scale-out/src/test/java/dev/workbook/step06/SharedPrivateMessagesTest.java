package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.SHARED;
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

/** Step 04's private messages on two nodes: one reaches its recipient on whichever node they are, once. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
class SharedPrivateMessagesTest {

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2);

    @Test
    @DisplayName("Ada on node 1 writes to Bob on node 2: bob gets it once, and a retry gets the first ack again, not a second copy")
    void reachesTheOtherNodeOnce() {
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient bob = NODES.connect(1, "bob")) {
            JSONObject ack = ada.sendPrivately("Bob", "hello across nodes", "p-1");
            JSONObject received = received(bob, "the private message ada on node 1 sent bob on node 2");
            JSONObject retry = ada.sendPrivately("Bob", "hello across nodes", "p-1");
            ada.sendPrivately("bob", "and a second one", "p-2");
            JSONObject next = received(bob, "ada's second private message to bob on node 2");

            assertThat(ack.optString("to")).as("%s: 'to' in the ack of ada's private message to Bob on node 2: %s", SHARED, ack)
                    .isEqualTo("bob");
            assertThat(received.optString("text") + " from " + received.optString("from"))
                    .as("%s: what bob (node 2) received: %s", SHARED, received).isEqualTo("hello across nodes from ada");
            assertThat(retry.optString("id")).as("%s: the id in the retry's ack %s; the first ack was %s", SHARED, retry, ack)
                    .isEqualTo(ack.optString("id"));
            assertThat(retry.opt("duplicate")).as("%s: 'duplicate' in the retry's ack %s", SHARED, retry).isEqualTo(true);
            assertThat(next.optString("text")).as("%s: the private message bob got after the first: the retry must not come again", SHARED)
                    .isEqualTo("and a second one");
        }
    }

    private static JSONObject received(NodeClient recipient, String what) {
        return NODES.await().next(what + " (" + SHARED + ")", recipient.queue(NodeClient.PRIVATE));
    }

    @Test
    @DisplayName("A private message to somebody on no node is refused with unknown-user")
    void nobodyOnAnyNode() {
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient bob = NODES.connect(1, "bob")) {
            JSONObject ack = ada.sendPrivately("zed", "anyone?", "p-3");

            assertThat(ack.optString("code")).as("%s: the code in the ack of a private message to zed, online nowhere: %s", SHARED, ack)
                    .isEqualTo("unknown-user");
        }
    }
}
