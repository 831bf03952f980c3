package dev.workbook.step06;

import static dev.workbook.step06.CrossNodeDeliveryTest.seqsUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step06.BalancerLog.CrossedSession;
import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.socketio.SocketIoTestClient.Transports;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chat's two nodes behind a real nginx ({@code mvn test -Pnginx -pl step06-scale-out -am}):
 * long polling works through a sticky balancer, and breaks through round robin.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Tag("nginx")
class StickySessionsTest {

    /** Where the lesson explains what these tests show. */
    static final String SECTION = "\"Sticky sessions behind nginx\" in " + Step06Exercises.LESSON;

    @RegisterExtension
    static final BalancedNodes BALANCED = new BalancedNodes();

    @Test
    @DisplayName("Long polling through the sticky balancer: clients land on both nodes, each stays on its own, and they chat across")
    void pollingClientsChatAcrossNodes() {
        chatAcrossNodes(Transports.POLLING_ONLY);
    }

    @Test
    @DisplayName("Polling then WebSocket through the sticky balancer: each upgrade reaches its session's node, and they chat across")
    void upgradingClientsChatAcrossNodes() {
        chatAcrossNodes(Transports.DEFAULT);
    }

    @Test
    @DisplayName("Long polling through round robin: a node refuses the session another node made (400), and the client never connects")
    void roundRobinBreaksLongPolling() {
        try (NodeClient dee = BALANCED.roundRobin("dee", Transports.POLLING_ONLY)) {
            String error = BALANCED.await().atMost(Await.CONNECT_TIMEOUT).value("without sticky sessions, long polling breaks:"
                    + " a connect_error at dee through round robin (see " + SECTION + ")", dee::lastConnectError,
                    () -> "dee connected " + dee.connects() + " times; nginx logged its requests as " + BALANCED.requestsOf(dee));
            CrossedSession crossed = BALANCED.await().atMost(Await.CONNECT_TIMEOUT).value(
                    "nginx's log of a request of dee's session refused by the node that did not make it",
                    () -> BalancerLog.crossedSession(BALANCED.requestsOf(dee)), () -> BALANCED.requestsOf(dee));
            String refusedBy = BALANCED.nodeName(crossed.refused().node());
            String answer = SessionProbe.post(BALANCED.portOf(refusedBy), crossed.refused().sid());

            assertThat(crossed.refused().status()).as("without sticky sessions, long polling breaks: %s made the session, round robin"
                    + " sent its next request to %s, which answered (see %s)", BALANCED.nodeName(crossed.handshake().node()), refusedBy,
                    SECTION).isEqualTo(400);
            assertThat(answer).as("what %s answers, asked straight, about a session it did not make (see %s)", refusedBy, SECTION)
                    .isEqualTo("400 {\"code\":1,\"message\":\"Session ID unknown\"}");
            assertThat(dee.connects()).as("without sticky sessions, long polling breaks: how often dee connected through round robin,"
                    + " each try ending in '%s' (see %s)", error, SECTION).isZero();
        }
    }

    /** Two clients on different nodes through the sticky balancer send one message each; both get both, and each stayed on its node. */
    private static void chatAcrossNodes(Transports transports) {
        String room = NodeClient.newRoom("sticky");
        try (ClientsOnBothNodes both = ClientsOnBothNodes.connect(BALANCED, transports)) {
            NodeClient first = both.clients().get(0);
            NodeClient second = both.clients().get(1);
            first.joined(room);
            second.joined(room);
            long hello = first.sent(room, "hello from " + both.nodeOf(first)).optLong("seq", -1);
            long reply = second.sent(room, "hello back from " + both.nodeOf(second)).optLong("seq", -1);

            for (NodeClient member : both.clients()) {
                assertThat(seqsUntil(member, reply)).as("the seqs %s (on %s) received in #%s: one sent on each node, through Redis (see %s)",
                        member, both.nodeOf(member), room, SECTION).containsExactly(hello, reply);
            }
            for (NodeClient member : both.clients()) {
                assertThat(BALANCED.nodesOf(member)).as("with sticky sessions, the nodes that answered %s's requests, as nginx logged"
                        + " them: %s (see %s)", member, BALANCED.requestsOf(member), SECTION).containsExactly(both.nodeOf(member));
            }
        }
    }
}
