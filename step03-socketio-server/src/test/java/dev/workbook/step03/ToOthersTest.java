package dev.workbook.step03;

import static dev.workbook.step03.ChatTestClient.text;
import static dev.workbook.step03.Step03Exercises.TO_OTHERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code chat message to others} (exercise 3.5), over each transport: it reaches everyone but its
 * sender, who gets the ack; bad ones are refused to the sender alone.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ToOthersTest {

    @RegisterExtension
    static final ChatServerFixture CHAT = ChatServerFixture.perClass();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.5")
    @Tag("exercise-3.3")
    @DisplayName("A chat message to others reaches everyone but the sender, who gets its id and time in the ack")
    void chatMessageToOthersSkipsTheSender(ChatTestClient.Transports transports) {
        try (ChatTestClient ada = CHAT.join("ada", transports);
             ChatTestClient bob = CHAT.join("bob", transports);
             ChatTestClient cy = CHAT.join("cy", transports)) {

            JSONObject ack = ada.emitWithAck(ChatEvents.CHAT_TO_OTHERS, text("psst, over " + transports));
            JSONObject atBob = bob.nextChatMessage();
            JSONObject atCy = cy.nextChatMessage();
            // Per-connection order makes "not the sender" checkable without waiting: had ada's message
            // reached her too, it would sit in her queue before anything bob says after receiving it.
            JSONObject bobsAnswer = bob.emitWithAck(ChatEvents.CHAT_TO_OTHERS, text("bob heard it"));
            JSONObject atAda = ada.nextChatMessage();

            assertThat(ack.optBoolean("ok")).as("%s: the acknowledgement %s", TO_OTHERS, ack).isTrue();
            assertThat(List.of(atBob, atCy)).as("%s: what bob and cy received", TO_OTHERS)
                    .extracting(message -> message.optString("text")).containsOnly("psst, over " + transports);
            assertThat(List.of(atBob, atCy)).as("%s: the id and time bob and cy got, which the ack %s carries too", TO_OTHERS, ack)
                    .extracting(message -> message.optString("id") + " at " + message.optString("time"))
                    .containsOnly(ack.optString("id") + " at " + ack.optString("time"));
            assertThat(atBob.optString("sender")).as("%s: the sender's nickname", TO_OTHERS).isEqualTo("ada");
            assertThat(bobsAnswer.optBoolean("ok")).as("%s: the acknowledgement of bob's answer %s", TO_OTHERS, bobsAnswer).isTrue();
            assertThat(atAda.optString("text")).as("%s: the first chat message ada receives is bob's answer, not her own message",
                    TO_OTHERS).isEqualTo("bob heard it");
            assertThat(cy.nextChatMessage().optString("text")).as("%s: cy receives bob's answer too", TO_OTHERS).isEqualTo("bob heard it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.5")
    @Tag("exercise-3.3")
    @DisplayName("Each bad chat message to others gets an error ack saying why and reaches no one; the sender stays, and the chat "
            + "goes on")
    void badChatMessagesToOthersAreRefusedToTheSender(ChatTestClient.Transports transports) {
        try (ChatTestClient ada = CHAT.join("ada", transports);
             ChatTestClient bob = CHAT.join("bob", transports)) {

            Map<String, JSONObject> acks = new LinkedHashMap<>();
            BadPayloadTest.badPayloads().forEach((name, payload) -> acks.put(name, ada.emitWithAck(ChatEvents.CHAT_TO_OTHERS, payload)));
            JSONObject adasAck = ada.emitWithAck(ChatEvents.CHAT_TO_OTHERS, text("a good one"));
            JSONObject bobsAck = bob.emitWithAck(ChatEvents.CHAT_TO_OTHERS, text("still here?"));

            acks.forEach((name, ack) -> BadPayloadTest.assertRefused(ack, name, ChatEvents.CHAT_TO_OTHERS));
            assertThat(adasAck.optBoolean("ok")).as("%s: the ack of ada's good message after her bad ones: %s", TO_OTHERS, adasAck)
                    .isTrue();
            assertThat(bobsAck.optBoolean("ok")).as("%s: the ack of bob's message: %s", TO_OTHERS, bobsAck).isTrue();
            assertThat(bob.nextChatMessage().optString("text"))
                    .as("%s: the first chat message bob receives is ada's good one: none of her bad ones went out", TO_OTHERS)
                    .isEqualTo("a good one");
            assertThat(ada.nextChatMessage().optString("text")).as("%s: ada, still connected, receives bob's message", TO_OTHERS)
                    .isEqualTo("still here?");
        }
    }
}
