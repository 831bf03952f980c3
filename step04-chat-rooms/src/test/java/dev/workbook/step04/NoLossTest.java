package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TransportsUnderTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Nothing lost, nothing twice, across broken connections and a restarted server: the clients do
 * what the page does ({@link Delivery}), the server numbers, dedupes and replays. Every test joins
 * and sends (4.1, 4.2, 4.5, 4.3); those that rejoin with {@code after} need 4.4 too.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NoLossTest {

    /** Reconnection waits 100-500 ms between attempts (see RoomsTestClient); a new session and an upgrade on top. */
    private static final Duration RECONNECTION = Duration.ofSeconds(10);
    private static final String ROOM = "lobby";

    private final ServerErrors errors = new ServerErrors();
    private final Await await = Await.watching(errors);
    @TempDir
    Path folder;
    private OnePortChatServer chat;

    @BeforeEach
    void chat() {
        chat = new OnePortChatServer(folder, ChatLimits.DEFAULT.withRate(1000, 1000), errors); // no rate limit to speak of
    }

    @AfterEach
    void stopServers() {
        chat.close();
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @DisplayName("A client whose connection breaks while others chat reconnects, rejoins with after, and gets exactly what it missed")
    void brokenConnectionMissesNothing(RoomsTestClient.Transports transports) throws IOException {
        chat.start();
        try (RoomsTestClient ada = RoomsTestClient.connect(chat.port(), transports, "ada", await);
             RoomsTestClient bob = RoomsTestClient.connect(chat.port(), transports, "bob", await)) {
            Delivery adas = joined(ada);
            Delivery bobs = joined(bob);
            sendAll(adas, "before", 3);
            bobs.awaitThrough(ROOM, 3);

            bob.dropTransport();
            bob.nextDisconnect();
            sendAll(adas, "while bob was away", 5);
            awaitBack(bob, 2);
            JSONObject rejoin = bobs.join(ROOM);
            sendAll(adas, "after", 2);
            List<String> shown = texts(bobs.awaitThrough(ROOM, 10));

            assertThat(Payloads.objects(rejoin.optJSONArray("messages"))).as("%s: the messages in the ack of bob's rejoin after 3: "
                    + "exactly the five he missed", CATCH_UP).extracting(message -> message.optLong("seq")).containsExactly(4L, 5L, 6L, 7L, 8L);
            assertThat(shown).as("%s: what bob shows, each message once, in order", CATCH_UP).containsExactlyElementsOf(expected(
                    "before", 3, "while bob was away", 5, "after", 2));
        }
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @DisplayName("A client that disconnects and connects again catches up on what it missed when it rejoins")
    void disconnectAndConnectMissesNothing() throws IOException {
        chat.start();
        try (RoomsTestClient ada = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "ada", await);
             RoomsTestClient bob = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "bob", await)) {
            Delivery adas = joined(ada);
            Delivery bobs = joined(bob);
            sendAll(adas, "before", 2);
            bobs.awaitThrough(ROOM, 2);

            bob.disconnect();
            sendAll(adas, "while bob was away", 3);
            bob.socket().connect();
            awaitBack(bob, 2);
            bobs.rejoin();
            sendAll(adas, "after", 1);
            List<String> shown = texts(bobs.awaitThrough(ROOM, 6));

            assertThat(shown).as("%s: what bob shows, each message once, in order", CATCH_UP)
                    .containsExactlyElementsOf(expected("before", 2, "while bob was away", 3, "after", 1));
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("A send retried with the same clientMessageId is stored and sent once; the retry's ack says duplicate: true")
    void retriedSendIsStoredOnce() throws IOException {
        chat.start();
        try (RoomsTestClient ada = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "ada", await);
             RoomsTestClient bob = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "bob", await)) {
            ada.joined(ROOM);
            bob.joined(ROOM);
            String id = Payloads.newMessageId();

            JSONObject first = ada.emitWithAck(RoomsTestClient.CHAT, Payloads.message(ROOM, "only once", id));
            JSONObject retry = ada.emitWithAck(RoomsTestClient.CHAT, Payloads.message(ROOM, "only once", id));
            assertOk(ada.send(ROOM, "the next one"), SEND, "the ack of ada's next message");
            List<String> atBob = List.of(describe(bob.nextChatMessage()), describe(bob.nextChatMessage()));

            assertThat(describeAck(first)).as("%s: the ack of the first send %s", SEND, first).isEqualTo("ok, seq 1, duplicate false");
            assertThat(describeAck(retry)).as("%s: the ack of the retry %s", SEND, retry).isEqualTo("ok, seq 1, duplicate true");
            assertThat(retry.optString("time")).as("%s: the time in the retry's ack: the first copy's", SEND)
                    .isEqualTo(first.optString("time"));
            assertThat(atBob).as("%s: the first two messages bob receives: the retry is not sent again", SEND)
                    .containsExactly("1: only once", "2: the next one");
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("A message whose ack was lost is sent again after reconnecting, and stored once")
    void sendWithLostAckIsStoredOnce() throws IOException {
        chat.start();
        try (RoomsTestClient ada = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "ada", await);
             RoomsTestClient bob = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "bob", await)) {
            ada.joined(ROOM);
            bob.joined(ROOM);
            String id = Payloads.newMessageId();
            ada.emit(RoomsTestClient.CHAT, Payloads.message(ROOM, "did it arrive?", id)); // no ack asked: as good as lost
            String firstAtBob = describe(bob.nextChatMessage());

            ada.dropTransport();
            awaitBack(ada, 2);
            ada.joined(ROOM);
            JSONObject retry = ada.emitWithAck(RoomsTestClient.CHAT, Payloads.message(ROOM, "did it arrive?", id));
            assertOk(ada.send(ROOM, "good"), SEND, "the ack of ada's next message");
            String nextAtBob = describe(bob.nextChatMessage());

            assertThat(firstAtBob).as("%s: the message bob received before ada's connection broke", SEND).isEqualTo("1: did it arrive?");
            assertThat(describeAck(retry)).as("%s: the ack of ada's retry on her new connection %s", SEND, retry)
                    .isEqualTo("ok, seq 1, duplicate true");
            assertThat(nextAtBob).as("%s: the next message bob receives: not the retry", SEND).isEqualTo("2: good");
        }
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @DisplayName("When the server restarts, the clients reconnect by themselves and rejoin; what was written meanwhile lands once")
    void restartLosesNothing() throws IOException {
        ChatRoomsServer first = chat.start();
        try (RoomsTestClient ada = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "ada", await);
             RoomsTestClient bob = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, "bob", await)) {
            Delivery adas = joined(ada);
            Delivery bobs = joined(bob);
            sendAll(adas, "before", 3);
            bobs.awaitThrough(ROOM, 3);

            chat.stop(first);
            ada.nextDisconnect();
            bob.nextDisconnect();
            for (int i = 1; i <= 2; i++) { // kept to send after the rejoin, as the page does
                assertThat(adas.send(ROOM, "while the server was down " + i)).as("the ack of a message written while disconnected").isNull();
            }
            chat.start();
            awaitBack(ada, 2);
            awaitBack(bob, 2);
            adas.rejoin();
            bobs.rejoin();
            assertOk(bobs.send(ROOM, "welcome back"), SEND, "the ack of bob's message after the restart");
            List<String> atAda = texts(adas.awaitThrough(ROOM, 6));
            List<String> atBob = texts(bobs.awaitThrough(ROOM, 6));

            List<String> expected = new ArrayList<>(expected("before", 3, "while the server was down", 2));
            expected.add("welcome back");
            assertThat(adas.unacknowledgedCount()).as("%s: how many of ada's messages are still unacknowledged", SEND).isZero();
            assertThat(atAda).as("%s: what ada shows after the restart, each message once, in order", CATCH_UP)
                    .containsExactlyElementsOf(expected);
            assertThat(atBob).as("%s: what bob shows after the restart, each message once, in order", CATCH_UP)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("Joining while someone sends: each message comes once, in the join's history or live, with no gap")
    void joinWhileOthersSendMissesNothing() throws IOException {
        String room = unique("busy");
        chat.start();
        try (RoomsTestClient ada = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, unique("ada"), await);
             RoomsTestClient bob = RoomsTestClient.connect(chat.port(), RoomsTestClient.Transports.DEFAULT, unique("bob"), await)) {
            bob.joined(room);
            List<BlockingQueue<JSONObject>> acks = new ArrayList<>();

            for (int i = 1; i <= 100; i++) { // not waiting for the acks: they are still coming while ada joins
                acks.add(bob.emitAsync(RoomsTestClient.CHAT, Payloads.message(room, "busy " + i, Payloads.newMessageId())));
            }
            JSONObject join = ada.joined(room);
            acks.forEach(ack -> assertOk(await.next("the ack of one of bob's messages", ack), SEND, "the ack of bob's message"));
            List<Long> seen = new ArrayList<>(Payloads.seqs(join));
            while (seen.isEmpty() || seen.get(seen.size() - 1) < 100) {
                seen.add(ada.nextChatMessage().optLong("seq"));
            }

            assertThat(seen).as("%s, with the join of 4.2: the seqs ada saw, first in her join ack (%s), then live, while bob sent 100"
                    + " messages", SEND, Payloads.seqs(join))
                    .containsExactlyElementsOf(Payloads.range(seen.get(0), 100));
        }
    }

    private Delivery joined(RoomsTestClient client) {
        Delivery delivery = new Delivery(client, await);
        assertOk(delivery.join(ROOM), Step04Exercises.JOIN, "the ack of " + client.nickname + "'s join");
        return delivery;
    }

    /** Waits until {@code client} has connected {@code times} in all, by itself, and is ready for acks again. */
    private void awaitBack(RoomsTestClient client, int times) {
        await.atMost(RECONNECTION).until(client.nickname + " to reconnect (last connect_error: " + client.lastConnectError() + ")",
                () -> client.connects() >= times && client.connected());
        client.awaitReady();
    }

    private static void sendAll(Delivery sender, String text, int count) {
        for (int i = 1; i <= count; i++) {
            JSONObject ack = sender.send(ROOM, text + " " + i);
            assertThat(ack).as("%s: the ack of '%s %d', which came in time", SEND, text, i).isNotNull();
            assertOk(ack, SEND, "the ack of '" + text + " " + i + "'");
        }
    }

    /** "before 1", "before 2", ..., then the next group: pairs of a text and a count. */
    private static List<String> expected(Object... textsAndCounts) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < textsAndCounts.length; i += 2) {
            String text = (String) textsAndCounts[i];
            IntStream.rangeClosed(1, (Integer) textsAndCounts[i + 1]).forEach(n -> texts.add(text + " " + n));
        }
        return texts;
    }

    private static List<String> texts(List<JSONObject> messages) {
        return messages.stream().map(message -> message.optString("text")).toList();
    }

    private static String describe(JSONObject message) {
        return message.optLong("seq") + ": " + message.optString("text");
    }

    private static String describeAck(JSONObject ack) {
        return (ack.optBoolean("ok") ? "ok" : "not ok") + ", seq " + ack.optLong("seq") + ", duplicate " + ack.opt("duplicate");
    }
}
