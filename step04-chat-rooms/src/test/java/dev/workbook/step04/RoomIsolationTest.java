package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Acks.assertRefused;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A room's messages reach its members, the sender too, and nobody else, numbered in order: over
 * each transport. Every test joins (4.1, 4.2) and sends (4.5, rate-limited by 4.3).
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RoomIsolationTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @SendsToTheRoom
    @DisplayName("A message to a room reaches every member, the sender too, but nobody outside it; its ack carries its seq and time")
    void messageReachesTheRoomOnly(RoomsTestClient.Transports transports) {
        String room = unique("lobby");
        String elsewhere = unique("kitchen");
        try (RoomsTestClient ada = connect(transports, "ada");
             RoomsTestClient bob = connect(transports, "bob");
             RoomsTestClient cy = connect(transports, "cy")) {
            ada.joined(room);
            bob.joined(room);
            cy.joined(elsewhere);
            Instant before = Instant.now();

            JSONObject ack = ada.send(room, "hello " + room);
            JSONObject atAda = ada.nextChatMessage();
            JSONObject atBob = bob.nextChatMessage();
            // Per-connection order makes "not cy" checkable without waiting: had ada's message reached cy,
            // it would sit in his queue before his own message.
            assertOk(cy.send(elsewhere, "meanwhile in " + elsewhere), SEND, "the ack of cy's message to #" + elsewhere);
            JSONObject atCy = cy.nextChatMessage();

            assertOk(ack, SEND, "the ack of ada's message to #" + room);
            assertThat(ack.optString("room") + " " + ack.optLong("seq") + " duplicate:" + ack.opt("duplicate"))
                    .as("%s: the room, seq and duplicate flag in the ack %s of the room's first message", SEND, ack)
                    .isEqualTo(room + " 1 duplicate:false");
            assertThat(Instant.parse(ack.optString("time"))).as("%s: the time in the ack, ISO 8601 UTC", SEND)
                    .isBetween(before.minusMillis(1), Instant.now());
            assertThat(List.of(atAda, atBob)).as("%s: what ada (the sender) and bob, both in #%s, received", SEND, room)
                    .extracting(RoomIsolationTest::describe)
                    .containsOnly(room + " 1 from ada: hello " + room + " at " + ack.optString("time"));
            assertThat(describe(atCy)).as("%s: the first message cy, in #%s only, received: his own, not ada's", SEND, elsewhere)
                    .isEqualTo(elsewhere + " 1 from cy: meanwhile in " + elsewhere + " at " + atCy.optString("time"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @SendsToTheRoom
    @DisplayName("A room numbers its messages 1, 2, 3... with no gap, whoever sends, and every member receives them in that order")
    void messagesAreNumberedInOrder(RoomsTestClient.Transports transports) {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect(transports, "ada");
             RoomsTestClient bob = connect(transports, "bob")) {
            ada.joined(room);
            bob.joined(room);

            List<Long> ackedSeqs = new ArrayList<>();
            for (RoomsTestClient sender : List.of(ada, bob, ada, bob)) {
                ackedSeqs.add(assertOk(sender.send(room, "message " + ackedSeqs.size()), SEND, "the ack of a message").optLong("seq"));
            }
            List<String> atAda = receive(ada, 4);
            List<String> atBob = receive(bob, 4);

            assertThat(ackedSeqs).as("%s: the seqs in the acks of four messages to #%s, from ada, bob, ada, bob", SEND, room)
                    .containsExactly(1L, 2L, 3L, 4L);
            List<String> expected = List.of("1: message 0", "2: message 1", "3: message 2", "4: message 3");
            assertThat(atAda).as("%s: the messages ada received, in order", SEND).containsExactlyElementsOf(expected);
            assertThat(atBob).as("%s: the messages bob received, in order", SEND).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @SendsToTheRoom
    @DisplayName("A member of two rooms receives both rooms' messages, each numbered in its own room")
    void memberOfTwoRoomsGetsBoth(RoomsTestClient.Transports transports) {
        String first = unique("lobby");
        String second = unique("garden");
        try (RoomsTestClient ada = connect(transports, "ada");
             RoomsTestClient bob = connect(transports, "bob")) {
            ada.joined(first);
            ada.joined(second);
            bob.joined(second);

            assertOk(bob.send(second, "in the garden"), SEND, "the ack of bob's message to #" + second);
            assertOk(ada.send(first, "in the lobby"), SEND, "the ack of ada's message to #" + first);
            List<JSONObject> atAda = List.of(ada.nextChatMessage(), ada.nextChatMessage());
            JSONObject atBob = bob.nextChatMessage();

            assertThat(atAda).as("%s: what ada, in both rooms, received", SEND).extracting(RoomIsolationTest::describeWithoutTime)
                    .containsExactlyInAnyOrder(second + " 1 from bob: in the garden", first + " 1 from ada: in the lobby");
            assertThat(describeWithoutTime(atBob)).as("%s: what bob, in #%s only, received", SEND, second)
                    .isEqualTo(second + " 1 from bob: in the garden");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @SendsToTheRoom
    @DisplayName("After leaving a room, a client receives none of its messages")
    void leavingStopsTheMessages(RoomsTestClient.Transports transports) {
        String room = unique("lobby");
        String other = unique("garden");
        try (RoomsTestClient ada = connect(transports, "ada");
             RoomsTestClient bob = connect(transports, "bob")) {
            ada.joined(room);
            bob.joined(room);
            bob.joined(other);

            assertOk(bob.emitWithAck(RoomsTestClient.LEAVE, Payloads.object("room", room)), "the chat", "the ack of bob's leave");
            assertOk(ada.send(room, "bob is gone"), SEND, "the ack of ada's message after bob left");
            ada.nextChatMessage();
            assertOk(bob.send(other, "still here"), SEND, "the ack of bob's message to #" + other);
            JSONObject atBob = bob.nextChatMessage();

            assertThat(describeWithoutTime(atBob)).as("%s: the first message bob receives after leaving #%s: his own to #%s", SEND, room,
                    other).isEqualTo(other + " 1 from bob: still here");
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.5")
    @DisplayName("A message to a room the sender is not in is refused with not-in-room")
    void messageOutsideTheRoomIsRefused() {
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada")) {

            JSONObject ack = ada.send("general", "can anyone hear me?");

            assertRefused(ack, Refusal.NOT_IN_ROOM, SEND, "the ack of a message to #general, which ada never joined");
        }
    }

    @Test
    @SendsToTheRoom
    @DisplayName("Sending a message to the room ends the sender's 'typing'")
    void sendingEndsTyping() {
        String room = unique("lobby");
        try (RoomsTestClient ada = joinedTo(room, "ada");
             RoomsTestClient bob = joinedTo(room, "bob")) {
            assertOk(ada.emitWithAck(RoomsTestClient.TYPING, object("room", room, "typing", true)), "the chat", "the ack of ada's 'typing'");
            bob.nextTyping();

            assertOk(ada.send(room, "done typing"), SEND, "the ack of ada's message");
            JSONObject heard = bob.nextTyping();

            assertThat(heard.optString("room") + ": " + heard.optString("nickname") + " typing " + heard.opt("typing")).as("%s: what bob hears after ada, typing, sends her message", SEND)
                    .isEqualTo(room + ": " + ada.nickname + " typing false");
        }
    }

    private static RoomsTestClient connect(RoomsTestClient.Transports transports, String nickname) {
        return SERVER.connect(transports, unique(nickname));
    }

    /** A client that has joined {@code room}. */
    private static RoomsTestClient joinedTo(String room, String nickname) {
        return SERVER.inRoom(RoomsTestClient.Transports.DEFAULT, unique(nickname), room);
    }

    private static List<String> receive(RoomsTestClient client, int count) {
        List<String> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JSONObject message = client.nextChatMessage();
            received.add(message.optLong("seq") + ": " + message.optString("text"));
        }
        return received;
    }

    /** "lobby1 1 from ada7: hello at 2026-...": a message's fields, with the sender's nickname without its number. */
    private static String describe(JSONObject message) {
        return describeWithoutTime(message) + " at " + message.optString("time");
    }

    private static String describeWithoutTime(JSONObject message) {
        return message.optString("room") + " " + message.optLong("seq") + " from "
                + message.optString("sender").replaceAll("[0-9]+$", "") + ": " + message.optString("text");
    }
}
