package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.DELIVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step04.ChatLimits;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Room messages between two nodes: each member, whichever node it is on, gets every message once, in seq order. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
@Tag("exercise-6.2")
@Tag("exercise-6.3")
class CrossNodeDeliveryTest {

    @RegisterExtension
    static final NodesFixture NODES = NodesFixture.perClass(2, settings -> settings.withLimits(ChatLimits.DEFAULT.withRate(1000, 1000)));

    @Test
    @DisplayName("A message sent on node 1 reaches members on node 1 and on node 2, once each")
    void reachesBothNodesOnce() {
        String room = NodeClient.newRoom("both");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient bob = NODES.connect(0, "bob"); NodeClient cy = NODES.connect(1, "cy")) {
            List.of(ada, bob, cy).forEach(member -> member.joined(room));

            long first = ada.send(room, "hello from node 1").optLong("seq", -1);
            long marker = cy.send(room, "and from node 2").optLong("seq", -1);

            for (NodeClient member : List.of(ada, bob, cy)) {
                assertThat(seqsUntil(member, marker)).as("%s: the seqs %s received in #%s, up to the last one sent (from node 2)",
                        DELIVER, member, room).containsExactly(first, marker);
            }
        }
    }

    @Test
    @DisplayName("Two senders on two nodes at once: every member sees 1 to 40 in order, none twice, none missing")
    void twoSendersKeepOneOrder() throws Exception {
        String room = NodeClient.newRoom("busy");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient cy = NODES.connect(1, "cy")) {
            ada.joined(room);
            cy.joined(room);

            FutureTask<Void> fromNodeTwo = new FutureTask<>(() -> sendMany(cy, room, 20), null);
            new Thread(fromNodeTwo, "cy-sends").start();
            sendMany(ada, room, 20);
            awaitSent(fromNodeTwo);

            for (NodeClient member : List.of(ada, cy)) {
                assertThat(seqsUntil(member, 40)).as("%s: the seqs %s received while ada (node 1) and cy (node 2) sent 20 each",
                        DELIVER, member).containsExactlyElementsOf(oneTo(40));
            }
        }
    }

    @Test
    @DisplayName("A node that hears of message 251 while it sent nothing since 0 first sends 1 to 250, a page at a time, then 251")
    void catchesUpWhatItNeverHeardOf() {
        String room = NodeClient.newRoom("gap");
        try (NodeClient ada = NODES.connect(0, "ada"); NodeClient cy = NODES.connect(1, "cy")) {
            ada.joined(room);
            cy.joined(room);
            RawMessages.write(NODES.redis(), room, 250); // in the room's stream, with no word on the feed: as if the feed lost them

            long seq = ada.send(room, "after the gap").optLong("seq", -1);

            assertThat(seq).as("%s: the seq of the message ada sent after 250 others were stored", DELIVER).isEqualTo(251);
            for (NodeClient member : List.of(ada, cy)) {
                assertThat(seqsUntil(member, 251)).as("%s: the seqs %s received in #%s: 250 written to Redis unannounced, then one sent",
                        DELIVER, member, room).containsExactlyElementsOf(oneTo(251));
            }
        }
    }

    @Test
    @DisplayName("A retry sent to node 2 of a message node 1 stored gets its first seq back, marked duplicate, and nobody gets it twice")
    void retryOnAnotherNode() {
        String room = NodeClient.newRoom("retry");
        try (NodeClient ada = NODES.connect(0, "ada")) {
            ada.joined(room);
            JSONObject first = ada.send(room, "only once", "m-1");
            try (NodeClient again = NODES.reconnect(ada, 1)) {
                again.joined(room);

                JSONObject retry = again.send(room, "only once", "m-1");

                assertThat(retry.optLong("seq", -1)).as("%s: the seq of the retry's ack on node 2; the first copy's ack was %s", DELIVER,
                        first).isEqualTo(first.optLong("seq", -2));
                assertThat(retry.opt("duplicate")).as("%s: 'duplicate' in the retry's ack %s", DELIVER, retry).isEqualTo(true);
                assertThat(seqsUntil(ada, again.sent(room, "a new one").optLong("seq", -1))).as(
                        "%s: the seqs ada (node 1) received: the first copy, then the next message, and no second copy between", DELIVER)
                        .containsExactly(first.optLong("seq", -2), first.optLong("seq", -2) + 1);
            }
        }
    }

    /** Waits for the other sender; its failure is the test's. */
    private static void awaitSent(FutureTask<Void> sender) throws Exception {
        try {
            sender.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    private static void sendMany(NodeClient sender, String room, int count) {
        for (int i = 1; i <= count; i++) {
            sender.sent(room, sender.nickname + " " + i);
        }
    }

    /** The seqs of the room messages {@code member} receives, until one numbered {@code last} or above comes. */
    static List<Long> seqsUntil(NodeClient member, long last) {
        List<Long> seqs = new ArrayList<>();
        while (seqs.isEmpty() || seqs.get(seqs.size() - 1) < last) {
            JSONObject message = member.next(NodeClient.CHAT);
            seqs.add(message.optLong("seq", -1));
        }
        return seqs;
    }

    static List<Long> oneTo(long last) {
        List<Long> seqs = new ArrayList<>();
        for (long seq = 1; seq <= last; seq++) {
            seqs.add(seq);
        }
        return seqs;
    }
}
