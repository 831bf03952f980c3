package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Acks.assertRefused;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.strings;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Who is in which room: {@code members} to a room's members when someone joins or leaves, and
 * {@code rooms} to everyone when a room's count changes. A server for each test, so that no other
 * test's clients show in the counts.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PresenceTest {

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @InARoom
    @DisplayName("When someone joins a room, its members, the newcomer too, hear who joined and who is in it now")
    void membersHearWhoJoined(RoomsTestClient.Transports transports) throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(transports, "ada");
             RoomsTestClient bob = server.connect(transports, "Bob")) {
            JSONObject adasAck = ada.joined("lobby");
            JSONObject adaHearsAda = ada.nextMembers();

            JSONObject bobsAck = bob.joined("lobby");
            JSONObject bobHearsBob = bob.nextMembers();
            JSONObject adaHearsBob = ada.nextMembers();

            assertThat(strings(adasAck.optJSONArray("members"))).as("%s: the members in ada's join ack %s", JOIN, adasAck)
                    .containsExactly("ada");
            assertThat(describe(adaHearsAda)).as("%s: the 'members' event ada hears when she joins", JOIN)
                    .isEqualTo("lobby: ada joined, members [ada]");
            assertThat(strings(bobsAck.optJSONArray("members"))).as("%s: the members in Bob's join ack, sorted", JOIN)
                    .containsExactly("ada", "Bob");
            assertThat(List.of(describe(bobHearsBob), describe(adaHearsBob))).as("%s: the 'members' event Bob and ada hear when Bob joins",
                    JOIN).containsOnly("lobby: Bob joined, members [ada, Bob]");
        }
    }

    @Test
    @InARoom
    @DisplayName("When someone leaves a room, the members still in it hear who left; the leaver gets an ack")
    void membersHearWhoLeft() throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(RoomsTestClient.Transports.DEFAULT, "ada");
             RoomsTestClient bob = server.connect(RoomsTestClient.Transports.DEFAULT, "bob")) {
            ada.joined("lobby");
            bob.joined("lobby");
            ada.nextMembers();
            ada.nextMembers();

            JSONObject ack = bob.emitWithAck(RoomsTestClient.LEAVE, object("room", " Lobby "));
            JSONObject adaHearsBobLeave = ada.nextMembers();

            assertThat(assertOk(ack, JOIN, "the ack of bob's leave of ' Lobby '").optString("room"))
                    .as("%s: the room in the ack of bob's leave of ' Lobby ', as the chat names it", JOIN).isEqualTo("lobby");
            assertThat(describe(adaHearsBobLeave)).as("%s: the 'members' event ada hears when bob leaves", JOIN)
                    .isEqualTo("lobby: bob left, members [ada]");
        }
    }

    @Test
    @InARoom
    @DisplayName("When someone disconnects, every room they were in hears that they left")
    void disconnectLeavesEveryRoom() throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(RoomsTestClient.Transports.DEFAULT, "ada")) {
            ada.joined("lobby");
            ada.joined("garden");
            try (RoomsTestClient bob = server.connect(RoomsTestClient.Transports.DEFAULT, "bob")) {
                bob.joined("lobby");
                bob.joined("garden");
            }
            List<String> heard = List.of(ada.nextMembers(), ada.nextMembers(), ada.nextMembers(), ada.nextMembers(), ada.nextMembers(),
                    ada.nextMembers()).stream().map(PresenceTest::describe).toList();

            assertThat(heard.subList(4, 6)).as("%s: the 'members' events ada hears after bob, in #lobby and #garden, disconnects "
                    + "(all she heard: %s)", JOIN, heard).containsExactlyInAnyOrder("lobby: bob left, members [ada]",
                    "garden: bob left, members [ada]");
        }
    }

    @Test
    @InARoom
    @DisplayName("Joining a room again is fine: the same answer, and nobody hears the member join twice")
    void joiningTwiceIsFine() throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(RoomsTestClient.Transports.DEFAULT, "ada");
             RoomsTestClient bob = server.connect(RoomsTestClient.Transports.DEFAULT, "bob")) {
            JSONObject first = ada.joined("lobby");
            ada.nextMembers();

            JSONObject again = ada.joined("LOBBY");
            bob.joined("lobby");
            JSONObject adaHearsNext = ada.nextMembers();

            assertThat(describeJoin(again)).as("%s: the ack of joining #lobby again, the same as the first %s", JOIN, first)
                    .isEqualTo(describeJoin(first));
            assertThat(describe(adaHearsNext)).as("%s: the next 'members' event ada hears after joining twice: bob's join, not hers",
                    JOIN).isEqualTo("lobby: bob joined, members [ada, bob]");
        }
    }

    @Test
    @Tag("support")
    @DisplayName("The rooms list always has general and help, sorted by name, with nobody in them yet")
    void defaultRoomsAreListed() throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(RoomsTestClient.Transports.DEFAULT, "ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.ROOMS, new JSONObject());

            assertThat(describeRooms(assertOk(ack, "the chat", "the ack of 'rooms'")))
                    .as("the rooms in the ack of 'rooms' on a new server").isEqualTo("general 0, help 0");
        }
    }

    @Test
    @InARoom
    @DisplayName("Everyone hears the rooms and their counts change as people join and leave; an emptied room leaves the list")
    void everyoneHearsRoomCounts() throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(RoomsTestClient.Transports.DEFAULT, "ada");
             RoomsTestClient bob = server.connect(RoomsTestClient.Transports.DEFAULT, "bob")) {

            ada.joined("zoo");
            String afterZoo = describeRooms(bob.nextRooms());
            ada.joined("general");
            String afterGeneral = describeRooms(bob.nextRooms());
            assertOk(ada.emitWithAck(RoomsTestClient.LEAVE, object("room", "zoo")), "the chat", "the ack of ada's leave of #zoo");
            String afterLeaving = describeRooms(bob.nextRooms());
            JSONObject ack = bob.emitWithAck(RoomsTestClient.ROOMS, new JSONObject());

            assertThat(List.of(afterZoo, afterGeneral, afterLeaving)).as("%s: the 'rooms' events bob, in no room, hears as ada joins "
                    + "#zoo, then #general, then leaves #zoo", JOIN)
                    .containsExactly("general 0, help 0, zoo 1", "general 1, help 0, zoo 1", "general 1, help 0");
            assertThat(describeRooms(ack)).as("%s: the ack of 'rooms' afterwards", JOIN).isEqualTo("general 1, help 0");
        }
    }

    /** "lobby: bob joined, members [ada, bob]". */
    @Test
    @InARoom
    @DisplayName("A connection may be in 10 rooms: the 11th join is refused with too-many-rooms, until it leaves one")
    void atMostTenRooms() throws IOException {
        try (ChatRoomsServerFixture server = ChatRoomsServerFixture.start();
             RoomsTestClient ada = server.connect(RoomsTestClient.Transports.DEFAULT, unique("ada"))) {
            String prefix = unique("r") + "-";
            for (int i = 1; i <= 10; i++) {
                ada.joined(prefix + i);
            }

            JSONObject eleventh = ada.join(prefix + 11);
            assertOk(ada.emitWithAck(RoomsTestClient.LEAVE, object("room", prefix + 1)), "the chat", "the ack of ada's leave");
            JSONObject afterLeaving = ada.join(prefix + 11);

            assertRefused(eleventh, Refusal.TOO_MANY_ROOMS, JOIN, "the ack of joining an 11th room");
            assertOk(afterLeaving, JOIN, "the ack of joining the 11th room after leaving one");
        }
    }

    static String describe(JSONObject members) {
        String change = members.has("joined") ? members.optString("joined") + " joined"
                : members.has("left") ? members.optString("left") + " left" : "(neither joined nor left)";
        return members.optString("room") + ": " + change + ", members " + strings(members.optJSONArray("members"));
    }

    /** "lobby, members [ada], 0 messages, more false": a join ack's fields. */
    static String describeJoin(JSONObject ack) {
        return ack.optString("room") + ", members " + strings(ack.optJSONArray("members")) + ", "
                + Payloads.objects(ack.optJSONArray("messages")).size() + " messages, more " + ack.opt("more");
    }

    /** "general 1, help 0": the rooms of a 'rooms' event or ack, in its order. */
    static String describeRooms(JSONObject rooms) {
        return Payloads.objects(rooms.optJSONArray("rooms")).stream()
                .map(room -> room.optString("name") + " " + room.opt("members")).collect(Collectors.joining(", "));
    }
}
