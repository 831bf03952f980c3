package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static dev.workbook.step02.Step02Exercises.PARSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a member sends that the chat refuses: the sender alone gets an {@code error}, its connection
 * stays open, and the chat goes on for everyone. Per-connection order makes "alone" checkable: an
 * error wrongly sent to bob would reach him before his own next message.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BadInputTest {

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    static Stream<Arguments> badEnvelopes() {
        String tooLong = "x".repeat(ClientMessageParser.MAX_TEXT_CHARS + 1);
        return Stream.of(
                Arguments.argumentSet("text that is not JSON", "hello?", "invalid-json"),
                Arguments.argumentSet("a JSON array", "[1,2,3]", "invalid-json"),
                Arguments.argumentSet("an unknown type", "{\"type\":\"shout\",\"text\":\"HI\"}", "unknown-type"),
                Arguments.argumentSet("a chat without its text", "{\"type\":\"chat\",\"clientId\":\"c-1\"}", "missing-field"),
                Arguments.argumentSet("a text of 4097 characters", "{\"type\":\"chat\",\"text\":\"" + tooLong + "\"}", "too-long"));
    }

    @ParameterizedTest
    @MethodSource("badEnvelopes")
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("A bad envelope gets an error with its code, to its sender only; the sender stays connected and the chat goes on")
    void badEnvelopeIsRefusedToItsSenderOnly(String envelope, String expectedCode) {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.next("joined");

            ada.send(envelope);
            JsonNode error = ada.nextEnvelope();
            bob.say("still here?", "b-1");

            assertThat(error.path("type").asText()).as("%s: the answer to a bad envelope", PARSE).isEqualTo("error");
            assertThat(error.path("code").asText()).as("%s: the error's code", PARSE).isEqualTo(expectedCode);
            assertChatGoesOn(ada, bob);
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("A chat message before joining is refused with not-joined, reaches no one, and the client can then join and chat")
    void chatBeforeJoiningIsRefused() {
        try (ChatClient ada = chat.join("ada"); ChatClient eve = chat.connect()) {
            eve.say("psst", "e-1");
            JsonNode error = eve.nextEnvelope();

            eve.join("eve");
            eve.next("welcome");
            JsonNode atAda = ada.nextEnvelope();

            assertThat(error.path("code").asText()).as("%s: the error's code for a chat message before joining", BROADCAST)
                    .isEqualTo("not-joined");
            assertThat(atAda.path("type").asText()).as("%s: the first thing ada hears is eve joining: the refused message reached no one",
                    BROADCAST).isEqualTo("joined");
            eve.say("hello now", "e-2");
            assertThat(ada.next("chat").path("text").asText()).as("%s: eve's message once she has joined", BROADCAST)
                    .isEqualTo("hello now");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("A member who sends a binary frame gets binary-not-supported, and stays in the chat")
    void binaryFromAMemberIsRefusedToItsSenderOnly() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.next("joined");

            ada.sendBinary(new byte[] {1, 2, 3});
            JsonNode error = ada.nextEnvelope();
            bob.say("still here?", "b-1");

            assertThat(error.path("code").asText()).as("the error's code for a binary frame").isEqualTo("binary-not-supported");
            assertChatGoesOn(ada, bob);
        }
    }

    /** Bob has just said "still here?": ada, still connected, hears it next, and bob's next envelope is his own copy. */
    private static void assertChatGoesOn(ChatClient ada, ChatClient bob) {
        JsonNode atAda = ada.nextEnvelope();
        JsonNode atBob = bob.nextEnvelope();

        assertThat(atAda.path("type").asText()).as("%s: what ada hears next, after her error: bob's message", BROADCAST).isEqualTo("chat");
        assertThat(atAda.path("text").asText()).as("%s: the text of bob's message, as ada hears it", BROADCAST).isEqualTo("still here?");
        assertThat(atBob.path("clientId").asText()).as("%s: bob's next envelope should be his own message, with its clientId: "
                + "nothing before it, not ada's error, not a copy without clientId", BROADCAST).isEqualTo("b-1");
    }
}
