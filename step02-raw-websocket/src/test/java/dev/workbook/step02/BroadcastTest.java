package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat messages reach everyone else once, and come back to their sender stamped as delivered.
 * Each connection delivers in order, which is what lets a test say "the very next message".
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BroadcastTest {

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("A message reaches everyone else, and its sender gets it back once with the server's id and time")
    void messageReachesEveryoneElseAndComesBackStamped() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob"); ChatClient cy = chat.join("cy")) {
            ada.say("hello, all", "c-1");

            JsonNode own = ada.next("chat");
            JsonNode atBob = bob.next("chat");
            JsonNode atCy = cy.next("chat");
            bob.say("and hello to you", "c-2");
            JsonNode afterOwn = ada.next("chat");

            assertThat(atBob.path("text").asText()).as("%s: what bob received", BROADCAST).isEqualTo("hello, all");
            assertThat(atCy.path("sender").asText()).as("%s: the sender cy sees", BROADCAST).isEqualTo("ada");
            assertThat(own.path("clientId").asText()).as("%s: the sender's own copy carries its clientId", BROADCAST).isEqualTo("c-1");
            assertThat(own.path("id").asText()).as("%s: the same id on every copy", BROADCAST)
                    .isNotEmpty().isEqualTo(atBob.path("id").asText()).isEqualTo(atCy.path("id").asText());
            assertThat(Instant.parse(own.path("time").asText())).as("%s: the time, an ISO-8601 instant, the same on every copy", BROADCAST)
                    .isEqualTo(Instant.parse(atBob.path("time").asText()));
            assertThat(atBob.has("clientId")).as("%s: others' copies carry no clientId", BROADCAST).isFalse();
            assertThat(afterOwn.path("text").asText())
                    .as("%s: the next chat ada gets after her own copy is bob's reply, not her message a second time", BROADCAST)
                    .isEqualTo("and hello to you");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("A message without a clientId comes back to its sender without one")
    void messageWithoutClientId() {
        try (ChatClient ada = chat.join("ada")) {
            ada.send("{\"type\":\"chat\",\"text\":\"note to self\"}");

            JsonNode own = ada.next("chat");

            assertThat(own.path("text").asText()).as("%s: the sender's copy of a message sent without a clientId", BROADCAST)
                    .isEqualTo("note to self");
            assertThat(own.has("clientId")).as("%s: no clientId sent, none to echo", BROADCAST).isFalse();
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Quotes, backslashes, new lines and emoji arrive exactly as sent")
    void textArrivesExactly() {
        String text = "she said \"hi\"\\ then\nleft \uD83D\uDC4B <b>bold?</b> \u0000";
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.say(text, "c-1");

            JsonNode atBob = bob.next("chat");

            assertThat(atBob.path("text").asText()).as("%s: text that JSON must escape, as bob receives it", BROADCAST).isEqualTo(text);
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("The longest text, 4096 characters that JSON escapes six bytes each, fits in a frame both ways")
    void longestTextFitsInAFrame() {
        String text = "\u0001".repeat(ClientMessageParser.MAX_TEXT_CHARS); // each one becomes \u0001 in JSON
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.say(text, "c-1");

            JsonNode atBob = bob.next("chat");
            JsonNode own = ada.next("chat");

            assertThat(atBob.path("text").asText()).as("%s: a text of %d characters, as bob receives it", BROADCAST,
                    ClientMessageParser.MAX_TEXT_CHARS).isEqualTo(text);
            assertThat(own.path("clientId").asText()).as("%s: the sender's copy of it", BROADCAST).isEqualTo("c-1");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Everyone sees the messages in the same order, with ids that only grow, even when two people type at once")
    void everyoneSeesTheSameOrder() {
        int each = 20;
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob"); ChatClient cy = chat.join("cy")) {
            AtomicReference<Throwable> bobFailed = new AtomicReference<>();
            Thread bobTyping = new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        bob.say("b" + i, "b-" + i);
                    }
                } catch (RuntimeException e) {
                    bobFailed.set(e);
                }
            }, "bob-typing");
            bobTyping.start();
            for (int i = 0; i < each; i++) {
                ada.say("a" + i, "a-" + i);
            }
            join(bobTyping, bobFailed);

            List<String> atAda = chatIds(ada, 2 * each);
            List<String> atBob = chatIds(bob, 2 * each);
            List<String> atCy = chatIds(cy, 2 * each);

            assertThat(atBob).as("%s: the ids of the %d messages in the order bob got them, compared with ada's", BROADCAST, 2 * each)
                    .isEqualTo(atAda);
            assertThat(atCy).as("%s: the same for cy, who only listened", BROADCAST).isEqualTo(atAda);
            assertThat(atAda).as("%s: the ids in the order they arrived: each greater than the one before", BROADCAST)
                    .doesNotHaveDuplicates().isSortedAccordingTo((x, y) -> Long.compare(Long.parseLong(x), Long.parseLong(y)));
        }
    }

    private static List<String> chatIds(ChatClient client, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(client.next("chat").path("id").asText());
        }
        return ids;
    }

    /** Waits for bob to finish typing; the server's own error, if it reported one, explains a failure best. */
    private void join(Thread typing, AtomicReference<Throwable> failed) {
        try {
            typing.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while bob was typing", e);
        }
        chat.errors.rethrowFirst();
        assertThat(failed.get()).as("what went wrong while bob was typing").isNull();
        assertThat(typing.isAlive()).as("bob's typing thread finished within 5 s").isFalse();
    }
}
