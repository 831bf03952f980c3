package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Acks.assertRefused;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.RoomsTestClient.auth;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What one user may do, on the default limits: messages of 1 to 500 characters, a burst of 5 then
 * one a second, at most 10 rooms. Each test has clients of its own, so buckets of their own. The
 * rate limit is checked here through sending (exercise 4.5 takes a token of 4.3's bucket per message).
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LimitsTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass();
    private final Await await = SERVER.await();

    @Test
    @SendsToTheRoom
    @DisplayName("A blank message is refused with empty and reaches nobody; the next good one is the room's first")
    void blankMessageIsRefused() {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect("ada", room);
             RoomsTestClient bob = connect("bob", room)) {

            JSONObject ack = ada.send(room, " \n\t ");
            JSONObject good = ada.send(room, "  trimmed  ");
            JSONObject atBob = bob.nextChatMessage();

            assertRefused(ack, Refusal.EMPTY, SEND, "the ack of a blank message");
            assertThat(assertOk(good, SEND, "the ack of the good message after it").optLong("seq")).as("%s: its seq", SEND).isEqualTo(1);
            assertThat(atBob.optString("text")).as("%s: the first message bob receives: the good one, trimmed", SEND).isEqualTo("trimmed");
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("A message of 501 characters is refused with too-long; 500 emoji, 1000 Java chars, are 500 characters and go")
    void tooLongMessageIsRefused() {
        String room = unique("lobby");
        String longest = "\uD83D\uDE00".repeat(500);
        try (RoomsTestClient ada = connect("ada", room);
             RoomsTestClient bob = connect("bob", room)) {

            JSONObject ack = ada.send(room, "x".repeat(501));
            JSONObject good = ada.send(room, longest);
            JSONObject atBob = bob.nextChatMessage();

            assertRefused(ack, Refusal.TOO_LONG, SEND, "the ack of a message of 501 characters");
            assertOk(good, SEND, "the ack of a message of 500 emoji");
            assertThat(atBob.optString("text")).as("%s: the first message bob receives: the 500 emoji, whole", SEND).isEqualTo(longest);
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("A burst of 6 messages: 5 go, the 6th is refused with rate-limited and retryAfterMs; after that wait, one more goes")
    void burstIsRateLimited() {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect("ada", room)) {
            List<BlockingQueue<JSONObject>> pending = new ArrayList<>();
            List<String> ids = new ArrayList<>();

            for (int i = 1; i <= 6; i++) { // all six at once, so no token comes back in between
                ids.add(Payloads.newMessageId());
                pending.add(ada.emitAsync(RoomsTestClient.CHAT, Payloads.message(room, "burst " + i, ids.get(i - 1))));
            }
            List<JSONObject> acks = pending.stream().map(ack -> await.next("the ack of a message of the burst", ack)).toList();
            long refusedAt = System.nanoTime();
            JSONObject refusal = acks.stream().filter(ack -> !ack.optBoolean("ok")).findFirst().orElse(new JSONObject());
            long retryAfterMs = refusal.optLong("retryAfterMs");
            await.until("the " + retryAfterMs + " ms the refusal asked for to pass",
                    () -> System.nanoTime() - refusedAt >= TimeUnit.MILLISECONDS.toNanos(retryAfterMs));
            JSONObject afterWaiting = ada.send(room, "after waiting");
            JSONObject retryOfTheFirst = ada.emitWithAck(RoomsTestClient.CHAT, Payloads.message(room, "burst 1", ids.get(0)));

            assertThat(acks).as("%s: the acks of a burst of six messages %s", SEND, acks)
                    .filteredOn(ack -> ack.optBoolean("ok")).hasSize(5);
            assertRefused(refusal, Refusal.RATE_LIMITED, SEND, "the ack of the message over the burst");
            assertThat(retryAfterMs).as("%s: retryAfterMs in %s, at 1 message a second", SEND, refusal).isBetween(1L, 1000L);
            assertOk(afterWaiting, SEND, "the ack of a message sent retryAfterMs after the refusal");
            assertThat(assertOk(retryOfTheFirst, SEND, "the ack of a retry, with the bucket empty again").opt("duplicate"))
                    .as("%s: 'duplicate' in the ack of the retry: a retry costs no token", SEND).isEqualTo(true);
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("Reconnecting is no way around the rate limit: the same client on a new connection finds its bucket as it left it")
    void reconnectingKeepsTheBucket() throws IOException {
        String room = unique("lobby");
        Map<String, String> auth = RoomsTestClient.auth(unique("ada"));
        // A bucket that refills in 10 s, so that no token comes back however slowly the client reconnects.
        try (ChatRoomsServerFixture slow = ChatRoomsServerFixture.start(settings -> settings.withLimits(ChatLimits.DEFAULT.withRate(5, 0.1)))) {
            try (RoomsTestClient first = slow.connect(RoomsTestClient.Transports.DEFAULT, auth)) {
                first.joined(room);
                for (int i = 1; i <= 5; i++) {
                    assertOk(first.send(room, "burst " + i), SEND, "the ack of message " + i + " of a burst of 5");
                }
            }
            try (RoomsTestClient again = slow.connect(RoomsTestClient.Transports.DEFAULT, auth)) {
                again.joined(room);

                JSONObject ack = again.send(room, "one more, on a new connection");

                assertRefused(ack, Refusal.RATE_LIMITED, SEND, "the ack of a 6th message, sent from a new connection");
            }
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("A client flooding a room is held back without disturbing another's messages: every accepted one arrives, in order")
    void floodDoesNotDisturbOthers() {
        String room = unique("lobby");
        try (RoomsTestClient mallory = connect("mallory", room);
             RoomsTestClient ada = connect("ada", room);
             RoomsTestClient bob = connect("bob", room)) {
            List<BlockingQueue<JSONObject>> flood = new ArrayList<>();

            for (int i = 1; i <= 30; i++) {
                flood.add(mallory.emitAsync(RoomsTestClient.CHAT, Payloads.message(room, "spam " + i, Payloads.newMessageId())));
            }
            List<JSONObject> adasAcks = List.of(ada.send(room, "one"), ada.send(room, "two"), ada.send(room, "three"));
            List<JSONObject> floodAcks = flood.stream().map(ack -> await.next("the ack of one of mallory's messages", ack)).toList();
            long accepted = floodAcks.stream().filter(ack -> ack.optBoolean("ok")).count();
            List<JSONObject> atBob = new ArrayList<>();
            while (atBob.size() < accepted + 3) {
                atBob.add(bob.nextChatMessage());
            }

            assertThat(adasAcks).as("%s: the acks of ada's three messages during mallory's flood", SEND)
                    .allSatisfy(ack -> assertOk(ack, SEND, "the ack of one of ada's messages"));
            assertThat(floodAcks).as("%s: the acks of mallory's 30 messages at once: %d accepted", SEND, accepted)
                    .filteredOn(ack -> !ack.optBoolean("ok")).hasSizeGreaterThanOrEqualTo(20)
                    .allSatisfy(ack -> assertThat(ack.optString("code")).as("%s: the code of a refusal", SEND).isEqualTo(Refusal.RATE_LIMITED));
            assertThat(atBob).as("%s: the messages bob receives, numbered 1, 2, 3... with no gap", SEND)
                    .extracting(message -> message.optLong("seq")).isSorted().doesNotHaveDuplicates().endsWith(accepted + 3);
            assertThat(atBob).as("%s: ada's messages among those bob receives, in order", SEND).extracting(message -> message.optString("text"))
                    .filteredOn(text -> !text.startsWith("spam")).containsExactly("one", "two", "three");
        }
    }

    private static RoomsTestClient connect(String nickname, String room) {
        return SERVER.inRoom(RoomsTestClient.Transports.DEFAULT, unique(nickname), room);
    }
}
