package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * "Ada is typing": passed to the room's other members, at most once a second while it repeats, and
 * taken back when the typist sends, leaves or goes. Every test needs members, so joining (4.1, 4.2).
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TypingTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @InARoom
    @DisplayName("'typing' reaches the room's other members, not the typist")
    void typingReachesTheOthers(RoomsTestClient.Transports transports) {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect(transports, "ada", room);
             RoomsTestClient bob = connect(transports, "bob", room);
             RoomsTestClient cy = connect(transports, "cy", room)) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.TYPING, typing(room, true));
            List<JSONObject> heard = List.of(bob.nextTyping(), cy.nextTyping());
            // Per-connection order: had ada heard her own, it would come before bob's.
            assertOk(bob.emitWithAck(RoomsTestClient.TYPING, typing(room, true)), "the chat", "the ack of bob's 'typing'");
            JSONObject adaHears = ada.nextTyping();

            assertOk(ack, "the chat", "the ack of ada's 'typing'");
            assertThat(heard).as("%s: the 'typing' events bob and cy hear", JOIN).extracting(TypingTest::describe)
                    .containsOnly(room + ": " + ada.nickname + " typing true");
            assertThat(describe(adaHears)).as("%s: the first 'typing' event ada hears: bob's, not her own", JOIN)
                    .isEqualTo(room + ": " + bob.nickname + " typing true");
        }
    }

    @Test
    @InARoom
    @DisplayName("A repeated 'typing: true' within a second is not passed on again; 'typing: false' is")
    void repeatsAreThrottled() {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada", room);
             RoomsTestClient bob = connect(RoomsTestClient.Transports.DEFAULT, "bob", room)) {

            for (boolean typing : new boolean[] {true, true, true, false}) {
                assertOk(ada.emitWithAck(RoomsTestClient.TYPING, typing(room, typing)), "the chat", "the ack of ada's 'typing'");
            }
            List<String> heard = List.of(describe(bob.nextTyping()), describe(bob.nextTyping()));

            assertThat(heard).as("%s: what bob hears when ada sends typing true three times at once, then false", JOIN)
                    .containsExactly(room + ": " + ada.nickname + " typing true", room + ": " + ada.nickname + " typing false");
        }
    }

    @Test
    @InARoom
    @DisplayName("Leaving the room ends the member's 'typing' there")
    void leavingEndsTyping() {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada", room);
             RoomsTestClient bob = connect(RoomsTestClient.Transports.DEFAULT, "bob", room)) {
            assertOk(ada.emitWithAck(RoomsTestClient.TYPING, typing(room, true)), "the chat", "the ack of ada's 'typing'");
            bob.nextTyping();

            assertOk(ada.emitWithAck(RoomsTestClient.LEAVE, object("room", room)), "the chat", "the ack of ada's leave");
            JSONObject heard = bob.nextTyping();

            assertThat(describe(heard)).as("%s: what bob hears when ada, typing, leaves the room", JOIN)
                    .isEqualTo(room + ": " + ada.nickname + " typing false");
        }
    }

    @Test
    @InARoom
    @DisplayName("Disconnecting ends the member's 'typing'")
    void disconnectingEndsTyping() {
        String room = unique("lobby");
        try (RoomsTestClient bob = connect(RoomsTestClient.Transports.DEFAULT, "bob", room)) {
            String adasNickname;
            try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada", room)) {
                adasNickname = ada.nickname;
                assertOk(ada.emitWithAck(RoomsTestClient.TYPING, typing(room, true)), "the chat", "the ack of ada's 'typing'");
                bob.nextTyping();
            }
            JSONObject heard = bob.nextTyping();

            assertThat(describe(heard)).as("%s: what bob hears when ada, typing, disconnects", JOIN)
                    .isEqualTo(room + ": " + adasNickname + " typing false");
        }
    }

    /** A client in {@code room}. */
    private static RoomsTestClient connect(RoomsTestClient.Transports transports, String nickname, String room) {
        return SERVER.inRoom(transports, unique(nickname), room);
    }

    private static JSONObject typing(String room, boolean typing) {
        return object("room", room, "typing", typing);
    }

    /** "lobby3: ada4 typing true". */
    private static String describe(JSONObject typing) {
        return typing.optString("room") + ": " + typing.optString("nickname") + " typing " + typing.opt("typing");
    }
}
