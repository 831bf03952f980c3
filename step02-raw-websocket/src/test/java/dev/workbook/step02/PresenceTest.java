package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who is online: the welcome, and 'joined' and 'left' for everyone else, over real connections. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PresenceTest {

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @SuppressWarnings("try") // some clients are here only to be online
    @DisplayName("The newcomer is welcomed with everyone online, themselves included, in alphabetical order ignoring case")
    void welcomeListsEveryoneSorted() {
        try (ChatClient cy = chat.join("cy"); ChatClient ada = chat.join("ada"); ChatClient bob = chat.connect()) {
            bob.join("Bob");

            JsonNode welcome = bob.nextEnvelope();

            assertThat(welcome.path("type").asText()).as("%s: the answer to bob's join", PRESENCE).isEqualTo("welcome");
            assertThat(welcome.path("nickname").asText()).as("%s: the nickname in bob's welcome", PRESENCE).isEqualTo("Bob");
            assertThat(welcome.path("online")).as("%s: who is online, in bob's welcome (sorted ignoring case)", PRESENCE)
                    .extracting(JsonNode::asText).containsExactly("ada", "Bob", "cy");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("Everyone already online hears 'joined' with the newcomer's nickname, the time and the new list; the newcomer does not")
    void othersHearJoined() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.next("joined");

            try (ChatClient cy = chat.join("cy")) {
                JsonNode atAda = ada.nextEnvelope();
                JsonNode atBob = bob.nextEnvelope();
                cy.roundTrip();

                for (JsonNode joined : new JsonNode[] {atAda, atBob}) {
                    assertThat(joined.path("type").asText()).as("%s: what the others hear when cy joins", PRESENCE).isEqualTo("joined");
                    assertThat(joined.path("nickname").asText()).as("%s: who joined", PRESENCE).isEqualTo("cy");
                    assertThat(joined.path("online")).as("%s: who is online now", PRESENCE)
                            .extracting(JsonNode::asText).containsExactly("ada", "bob", "cy");
                    assertThat(Instant.parse(joined.path("time").asText())).as("%s: the time, an ISO-8601 instant", PRESENCE)
                            .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
                }
                assertThat(cy.received).as("%s: the newcomer gets its welcome only, no 'joined' about itself", PRESENCE).isEmpty();
            }
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("When a member closes the connection, everyone left hears 'left' with the updated list")
    void othersHearLeftOnClose() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob"); ChatClient cy = chat.join("cy")) {
            bob.sendClose();

            JsonNode atAda = ada.next("left");
            JsonNode atCy = cy.next("left");

            assertThat(atAda.path("nickname").asText()).as("%s: who left, as ada hears it", PRESENCE).isEqualTo("bob");
            assertThat(atAda.path("online")).as("%s: who is online once bob left", PRESENCE)
                    .extracting(JsonNode::asText).containsExactly("ada", "cy");
            assertThat(atCy.path("online")).as("%s: the same list for cy", PRESENCE).isEqualTo(atAda.path("online"));
            assertThat(Instant.parse(atCy.path("time").asText())).as("%s: the time of leaving, an ISO-8601 instant", PRESENCE)
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @SuppressWarnings("try") // some clients are here only to be online
    @DisplayName("When a member's connection just drops, without a close frame, the others hear 'left' too")
    void othersHearLeftOnDroppedConnection() {
        try (ChatClient ada = chat.join("ada")) {
            try (ChatClient bob = chat.join("bob")) {
                ada.next("joined");
            } // close() aborts: the TCP connection ends without a closing handshake

            JsonNode left = ada.next("left");

            assertThat(left.path("nickname").asText()).as("%s: who left, when bob's connection dropped", PRESENCE).isEqualTo("bob");
            assertThat(left.path("online")).as("%s: who is online now", PRESENCE).extracting(JsonNode::asText).containsExactly("ada");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @SuppressWarnings("try") // some clients are here only to be online
    @DisplayName("A connection that never joined goes away without anyone hearing of it")
    void leavingWithoutJoiningAnnouncesNothing() {
        try (ChatClient ada = chat.join("ada")) {
            ada.roundTrip();
            assertThat(ada.received).as("%s: what ada heard after her welcome, alone in the chat: join() must not tell the"
                    + " newcomer of her own arrival", PRESENCE).isEmpty();
            try (ChatClient lurker = chat.connect()) {
                chat.await().until("the server to count 2 connections", () -> chat.server().getConnections().size() == 2);
            }
            // The server notices the dropped connection and calls onClose on one thread, removing the
            // connection before leave(): once it is gone, ada's ping is read after leave() has run.
            chat.await().until("the server to drop the lurker's connection", () -> chat.server().getConnections().size() == 1);

            ada.roundTrip();

            assertThat(ada.received).as("%s: what ada heard when a connection that never joined closed: leave() must announce "
                    + "only members", PRESENCE).isEmpty();
        }
    }
}
