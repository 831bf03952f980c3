package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Chat messages reach everyone else once, and come back to their sender stamped as delivered. */
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

            assertThat(atBob.path("text").asText()).as("%s: what bob received", BROADCAST).isEqualTo("hello, all");
            assertThat(atCy.path("sender").asText()).as("%s: the sender cy sees", BROADCAST).isEqualTo("ada");
            assertThat(own.path("clientId").asText()).as("%s: the sender's own copy carries its clientId", BROADCAST).isEqualTo("c-1");
            assertThat(own.path("id").asText()).as("%s: the same id on every copy", BROADCAST)
                    .isNotEmpty().isEqualTo(atBob.path("id").asText());
            assertThat(atBob.has("clientId")).as("%s: others' copies carry no clientId", BROADCAST).isFalse();
            assertThat(ada.received).as("%s: nothing more for the sender: its own message once", BROADCAST)
                    .noneMatch(e -> e.path("type").asText().equals("chat"));
        }
    }
}
