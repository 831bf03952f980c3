package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.pages.nicknames.NicknameRule;
import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.client.codec.StringCodec;

/** Step 04's nicknames on two nodes: one nickname, one client, whichever node each is on, and none kept by a node that died. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
class SharedNicknamesTest {

    /** Time for a few sign-ins, each of which may wait a connect's time: a disconnect reaches the node a moment after the page closed. */
    private static final Duration SIGN_IN_ATTEMPTS = Await.CONNECT_TIMEOUT.multipliedBy(2);

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2);

    @Test
    @DisplayName("Ada on node 1 and 'Ada' on node 2 cannot both sign in: node 2 refuses with nickname-taken and step 04's sentence")
    void oneNicknameOnEveryNode() {
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient other = NODES.connecting(1, "Ada")) {
            NODES.await().atMost(Await.CONNECT_TIMEOUT).until("'Ada' on node 2 to connect or be refused",
                    () -> other.connected() || other.lastConnectError() != null);
            assertThat(other.connected()).as("%s: whether 'Ada' got in on node 2 while ada is on node 1 (she must be refused)", SHARED)
                    .isFalse();
            Object refusal = other.nextConnectError();

            JSONObject error = refusal instanceof JSONObject json ? json : new JSONObject();
            assertThat(error.optString("message")).as("%s: the connect_error of 'Ada' on node 2 while ada is on node 1: %s", SHARED, refusal)
                    .isEqualTo(NicknameRule.takenBy("Ada", "ada"));
            JSONObject data = error.optJSONObject("data");
            assertThat(data == null ? null : data.optString("code")).as("%s: the code in that connect_error's data: %s", SHARED, refusal)
                    .isEqualTo("nickname-taken");
        }
    }

    @Test
    @DisplayName("Ada signs out on node 1: another page may sign in as ada on node 2")
    void signingOutFreesTheNicknameEverywhere() {
        NodeClient first = NODES.connect(0, "ada");
        first.close();

        try (NodeClient next = NODES.await().atMost(SIGN_IN_ATTEMPTS)
                .value("ada signed in on node 2 after ada signed out on node 1", () -> signedIn(NODES, 1, "ada"))) {
            assertThat(next.connected()).as("%s: whether the new ada on node 2 is connected", SHARED).isTrue();
        }
    }

    @Test
    @DisplayName("A nickname held on a node whose lease has lapsed is free: the new page signs in at once")
    void aDeadNodesNicknameIsFree() {
        String dead = "node-9-00000000 " + UUID.randomUUID() + " zed-page zed"; // a node, session, clientId and nickname, as a node writes them
        NODES.redis().getMap(SharedNicknames.KEY, StringCodec.INSTANCE).put(NicknameRule.lookAlikeKey("zed"), dead);

        try (NodeClient zed = NODES.connecting(1, "zed")) {
            NODES.await().atMost(Await.CONNECT_TIMEOUT).until("zed on node 2 to connect or be refused",
                    () -> zed.connected() || zed.lastConnectError() != null);

            assertThat(zed.lastConnectError()).as("%s: the connect_error of zed on node 2, whose nickname a dead node held", SHARED).isNull();
        }
    }

    @Test
    @DisplayName("Node 1 dies with ada on it: within the lease's 5 seconds another page may sign in as ada on node 2")
    void aNodeThatDiesLetsItsNicknamesGo() throws IOException {
        try (NodesFixture nodes = NodesFixture.start(2); NodeClient ada = nodes.connect(0, "ada")) {
            nodes.stop(0);

            try (NodeClient next = nodes.await().atMost(NodeLease.TERM.plus(SIGN_IN_ATTEMPTS))
                    .value("ada signed in on node 2 after node 1 died", () -> signedIn(nodes, 1, "ada"))) {
                assertThat(next.connected()).as("%s: whether the new ada on node 2 is connected", SHARED).isTrue();
            }
        }
    }

    /** A new page signed in as {@code nickname} on node {@code index}, or null (closed again) if the node refused it. */
    static NodeClient signedIn(NodesFixture nodes, int index, String nickname) {
        NodeClient client = nodes.connecting(index, nickname);
        nodes.await().atMost(Await.CONNECT_TIMEOUT).until(nickname + " to connect or be refused", () -> client.connected() || client.lastConnectError() != null);
        if (client.connected()) {
            client.awaitLastTransport();
            return client;
        }
        client.close();
        return null;
    }
}
