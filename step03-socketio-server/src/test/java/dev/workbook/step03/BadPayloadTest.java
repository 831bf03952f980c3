package dev.workbook.step03;

import static dev.workbook.step03.ChatTestClient.text;
import static dev.workbook.step03.Step03Exercises.PAYLOAD;
import static dev.workbook.step03.Step03Exercises.TO_EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Payloads the chat refuses, sent by a real client one after another on one connection: each gets
 * an error ack saying why, none reaches anyone, the sender stays connected, and the chat goes on.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BadPayloadTest {

    @RegisterExtension
    static final ChatServerFixture CHAT = ChatServerFixture.perClass();

    /** What a client may emit instead of {@code {text}}, by name; the client sends each as the event's only argument. */
    static Map<String, Object> badPayloads() {
        Map<String, Object> payloads = new LinkedHashMap<>();
        payloads.put("a number", 42);
        payloads.put("a string", "hello");
        payloads.put("a list", new JSONArray().put("hello"));
        payloads.put("null", JSONObject.NULL);
        payloads.put("{text: 5}", ChatTestClient.object("text", 5));
        payloads.put("{}", new JSONObject());
        payloads.put("a blank text", text(" \n\t "));
        payloads.put("a text of 2001 characters", text("x".repeat(ChatPayload.MAX_TEXT_CHARS + 1)));
        return payloads;
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @DisplayName("Each bad chat message gets an error ack saying why and reaches no one; the sender stays, and the chat goes on")
    void badChatMessagesAreRefusedToTheSender(ChatTestClient.Transports transports) {
        try (ChatTestClient ada = CHAT.join("ada", transports);
             ChatTestClient bob = CHAT.join("bob", transports)) {

            Map<String, JSONObject> acks = new LinkedHashMap<>();
            badPayloads().forEach((name, payload) -> acks.put(name, ada.emitWithAck(ChatEvents.CHAT, payload)));
            JSONObject bobsAck = bob.emitWithAck(ChatEvents.CHAT, text("still here?"));

            acks.forEach((name, ack) -> assertRefused(ack, name, ChatEvents.CHAT));
            assertThat(bobsAck.optBoolean("ok")).as("%s: the ack of bob's message after ada's bad ones: %s", TO_EVERYONE, bobsAck)
                    .isTrue();
            assertThat(ada.connected()).as("%s: ada is still connected after her bad messages", PAYLOAD).isTrue();
            assertThat(ada.nextChatMessage().optString("text"))
                    .as("%s: the first chat message ada receives is bob's: none of her bad ones went out", TO_EVERYONE)
                    .isEqualTo("still here?");
            assertThat(bob.nextChatMessage().optString("text"))
                    .as("%s: the first chat message bob receives is his own: none of ada's bad ones went out", TO_EVERYONE)
                    .isEqualTo("still here?");
        }
    }

    static void assertRefused(JSONObject ack, String payload, String event) {
        assertThat(ack.has("ok") && !ack.optBoolean("ok", true))
                .as("%s: the ack of '%s' with %s should say {ok: false}, but it is %s", PAYLOAD, event, payload, ack).isTrue();
        assertThat(ack.optString("error"))
                .as("%s: the error in the ack of '%s' with %s, which tells the sender why", PAYLOAD, event, payload)
                .isNotBlank();
    }
}
