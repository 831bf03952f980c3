package dev.workbook.step03;

import static dev.workbook.step03.ChatTestClient.text;
import static dev.workbook.step03.Step03Exercises.TO_EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import io.socket.client.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Events and acknowledgements over each transport: Socket.IO's fallback, seen from a real client.
 * Every client that gets in is announced (exercise 3.3), so every test here needs it too.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ChatEventsTest {

    @RegisterExtension
    static final ChatServerFixture CHAT = ChatServerFixture.perClass();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @DisplayName("A chat message reaches everyone, the sender too, and is acknowledged with the server's id")
    void chatMessageReachesEveryoneAndIsAcknowledged(ChatTestClient.Transports transports) {
        try (ChatTestClient ada = CHAT.join("ada", transports);
             ChatTestClient bob = CHAT.join("bob", transports);
             ChatTestClient cy = CHAT.join("cy", transports)) {

            JSONObject ack = ada.emitWithAck(ChatEvents.CHAT, text("hello over " + transports));
            JSONObject atAda = ada.nextChatMessage();
            JSONObject atBob = bob.nextChatMessage();
            JSONObject atCy = cy.nextChatMessage();

            assertThat(ack.optBoolean("ok")).as("%s: the acknowledgement %s", TO_EVERYONE, ack).isTrue();
            assertThat(List.of(atAda, atBob, atCy)).as("%s: what ada (the sender), bob and cy received", TO_EVERYONE)
                    .extracting(message -> message.optString("text")).containsOnly("hello over " + transports);
            assertThat(List.of(atAda, atBob, atCy)).as("%s: the id each of them got, which the ack %s carries too", TO_EVERYONE, ack)
                    .extracting(message -> message.optString("id")).containsOnly(ack.optString("id"));
            assertThat(atBob.optString("sender")).as("%s: the sender's nickname", TO_EVERYONE).isEqualTo("ada");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @DisplayName("Every chat message gets an ack with a new id and the time the server stamped on it, the same as everyone receives")
    void everyAckCarriesANewIdAndTheTime(ChatTestClient.Transports transports) {
        try (ChatTestClient ada = CHAT.join("ada", transports);
             ChatTestClient bob = CHAT.join("bob", transports)) {
            List<JSONObject> acks = new ArrayList<>();
            List<JSONObject> atBob = new ArrayList<>();
            Instant before = Instant.now();

            for (ChatTestClient sender : List.of(ada, bob, ada, bob)) {
                acks.add(sender.emitWithAck(ChatEvents.CHAT, text("message " + acks.size())));
                atBob.add(bob.nextChatMessage());
            }
            Instant after = Instant.now();

            assertThat(acks).as("%s: the acks of four messages, two each from ada and bob", TO_EVERYONE)
                    .allSatisfy(ack -> assertThat(ack.optBoolean("ok")).as("%s: ok in %s", TO_EVERYONE, ack).isTrue())
                    .extracting(ack -> ack.optString("id")).doesNotHaveDuplicates().doesNotContain("");
            assertThat(atBob).as("%s: each message as bob received it carries the id and time of its ack", TO_EVERYONE)
                    .extracting(message -> message.optString("id") + " at " + message.optString("time"))
                    .containsExactlyElementsOf(acks.stream().map(ack -> ack.optString("id") + " at " + ack.optString("time")).toList());
            assertThat(acks).as("%s: each ack's time, ISO 8601 in UTC, between sending and the last ack", TO_EVERYONE)
                    .extracting(ack -> Instant.parse(ack.optString("time"))).allSatisfy(time -> assertThat(time).isBetween(before, after));
        }
    }
}
