package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Acks.assertRefused;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

/** {@code private message}: to one person online, by nickname, and to nobody else; refused to nobody and to yourself. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PrivateMessageTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass();
    private final Await await = SERVER.await();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-4.3")
    @Tag("exercise-4.6")
    @DisplayName("A private message reaches its recipient only; the sender gets its id, recipient and time in the ack")
    void reachesTheRecipientOnly(RoomsTestClient.Transports transports) {
        try (RoomsTestClient ada = connect(transports, "ada");
             RoomsTestClient bob = connect(transports, "bob");
             RoomsTestClient cy = connect(transports, "cy")) {
            Instant before = Instant.now();

            JSONObject ack = ada.emitWithAck(RoomsTestClient.PRIVATE, privately(bob.nickname, "psst, bob"));
            JSONObject atBob = bob.nextPrivateMessage();
            // Per-connection order: had ada's message reached ada or cy, it would come before this one from bob.
            assertOk(bob.emitWithAck(RoomsTestClient.PRIVATE, privately(cy.nickname, "hi cy")), PRIVATE, "the ack of bob's to cy");
            assertOk(bob.emitWithAck(RoomsTestClient.PRIVATE, privately(ada.nickname, "hi ada")), PRIVATE, "the ack of bob's to ada");
            JSONObject atCy = cy.nextPrivateMessage();
            JSONObject atAda = ada.nextPrivateMessage();

            assertOk(ack, PRIVATE, "the ack of ada's private message to bob");
            assertThat(ack.optString("to")).as("%s: 'to' in the ack %s", PRIVATE, ack).isEqualTo(bob.nickname);
            assertThat(UUID.fromString(ack.optString("id", "(none)"))).as("%s: the id in the ack, a UUID", PRIVATE).isNotNull();
            assertThat(Instant.parse(ack.optString("time"))).as("%s: the time in the ack, ISO 8601 UTC", PRIVATE)
                    .isBetween(before.minusMillis(1), Instant.now());
            assertThat(describe(atBob)).as("%s: the private message bob received", PRIVATE)
                    .isEqualTo(ack.optString("id") + " from " + ada.nickname + " to " + bob.nickname + ": psst, bob at " + ack.optString("time"));
            assertThat(atCy.optString("text")).as("%s: the first private message cy receives: bob's, not ada's to bob", PRIVATE)
                    .isEqualTo("hi cy");
            assertThat(atAda.optString("text")).as("%s: the first private message ada receives: bob's, not her own", PRIVATE)
                    .isEqualTo("hi ada");
        }
    }

    @Test
    @Tag("exercise-4.3")
    @Tag("exercise-4.6")
    @DisplayName("The recipient's nickname is found whatever its case and spaces, and the ack names them as they spell it")
    void recipientFoundWhateverTheCase() {
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada");
             RoomsTestClient bob = connect(RoomsTestClient.Transports.DEFAULT, "Bob")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.PRIVATE, privately("  " + bob.nickname.toUpperCase() + " ", "hello"));
            JSONObject atBob = bob.nextPrivateMessage();

            assertThat(assertOk(ack, PRIVATE, "the ack of a private message to '" + bob.nickname.toUpperCase() + "'").optString("to"))
                    .as("%s: 'to' in the ack", PRIVATE).isEqualTo(bob.nickname);
            assertThat(atBob.optString("text")).as("%s: what Bob received", PRIVATE).isEqualTo("hello");
        }
    }

    @Test
    @Tag("exercise-4.3")
    @Tag("exercise-4.6")
    @DisplayName("A private message sent again with the same clientMessageId is delivered once; the retry gets the first ack again")
    void retryIsDeliveredOnce() {
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada");
             RoomsTestClient bob = connect(RoomsTestClient.Transports.DEFAULT, "bob")) {
            JSONObject message = privately(bob.nickname, "did you get this?");

            JSONObject first = ada.emitWithAck(RoomsTestClient.PRIVATE, message);
            JSONObject retry = ada.emitWithAck(RoomsTestClient.PRIVATE, message);
            assertOk(ada.emitWithAck(RoomsTestClient.PRIVATE, privately(bob.nickname, "and this?")), PRIVATE, "the ack of the next one");
            List<String> atBob = List.of(bob.nextPrivateMessage().optString("text"), bob.nextPrivateMessage().optString("text"));

            assertOk(first, PRIVATE, "the ack of the first send");
            assertThat(assertOk(retry, PRIVATE, "the ack of the retry").optString("id")).as("%s: the id in the retry's ack %s: the "
                    + "first one's, %s", PRIVATE, retry, first).isEqualTo(first.optString("id"));
            assertThat(retry.opt("duplicate")).as("%s: 'duplicate' in the retry's ack", PRIVATE).isEqualTo(true);
            assertThat(atBob).as("%s: the first two private messages bob receives: the retry is not delivered again", PRIVATE)
                    .containsExactly("did you get this?", "and this?");
        }
    }

    @Test
    @Tag("exercise-4.6")
    @DisplayName("A private message to somebody not online is refused with unknown-user, naming them")
    void unknownRecipientIsRefused() {
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.PRIVATE, privately("nobody", "hello?"));

            assertRefused(ack, Refusal.UNKNOWN_USER, PRIVATE, "the ack of a private message to 'nobody'");
            assertThat(ack.optString("error")).as("%s: the error in the ack", PRIVATE).isEqualTo("nobody called nobody is online");
        }
    }

    @Test
    @InARoom
    @Tag("exercise-4.6")
    @DisplayName("A private message to somebody who has gone is refused with unknown-user")
    void goneRecipientIsRefused() {
        String room = unique("lobby");
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "ada")) {
            ada.joined(room);
            String gone;
            try (RoomsTestClient bob = connect(RoomsTestClient.Transports.DEFAULT, "bob")) {
                gone = bob.nickname;
                bob.joined(room);
            }
            await.until("ada to hear in #" + room + " that " + gone + " left", () -> {
                JSONObject members = ada.queue(RoomsTestClient.MEMBERS).poll();
                return members != null && gone.equals(members.optString("left"));
            });

            JSONObject ack = ada.emitWithAck(RoomsTestClient.PRIVATE, privately(gone, "still there?"));

            assertRefused(ack, Refusal.UNKNOWN_USER, PRIVATE, "the ack of a private message to " + gone + ", who left");
        }
    }

    @Test
    @Tag("exercise-4.6")
    @DisplayName("A private message to yourself is refused with bad-request")
    void toYourselfIsRefused() {
        try (RoomsTestClient ada = connect(RoomsTestClient.Transports.DEFAULT, "Ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.PRIVATE, privately(ada.nickname.toLowerCase(), "note to self"));

            assertRefused(ack, Refusal.BAD_REQUEST, PRIVATE, "the ack of Ada's private message to herself");
            assertThat(ada.queue(RoomsTestClient.PRIVATE)).as("%s: what Ada received", PRIVATE).isEmpty();
        }
    }

    private RoomsTestClient connect(RoomsTestClient.Transports transports, String nickname) {
        return SERVER.connect(transports, unique(nickname));
    }

    private static JSONObject privately(String to, String text) {
        return object("to", to, "text", text, "clientMessageId", Payloads.newMessageId());
    }

    /** "id from ada to bob: text at time". */
    private static String describe(JSONObject message) {
        return message.optString("id") + " from " + message.optString("from") + " to " + message.optString("to") + ": "
                + message.optString("text") + " at " + message.optString("time");
    }
}
