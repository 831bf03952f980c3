package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.NICKNAMES;
import static dev.workbook.step02.Step02Exercises.PRESENCE;
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

/** Joining over a real connection: a refused nickname gets an error, and the client may try again on the same connection. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class JoinTest {

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("The welcome shows the nickname trimmed, as everyone will see it")
    void welcomeShowsTheTrimmedNickname() {
        try (ChatClient ada = chat.connect()) {
            ada.join("  Ada  ");

            JsonNode welcome = ada.nextEnvelope();

            assertThat(welcome.path("type").asText()).as("%s: the answer to a join that succeeds", PRESENCE).isEqualTo("welcome");
            assertThat(welcome.path("nickname").asText()).as("%s: the nickname in the welcome", NICKNAMES).isEqualTo("Ada");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A nickname someone online has is refused with nickname-taken; the connection stays open and another nickname works")
    void takenNicknameCanBeRetried() {
        try (ChatClient ada = chat.join("Ada"); ChatClient other = chat.connect()) {
            other.join("ADA");
            JsonNode error = other.nextEnvelope();

            other.join("Ada2");
            JsonNode welcome = other.nextEnvelope();
            JsonNode atAda = ada.nextEnvelope();

            assertThat(error.path("type").asText()).as("%s: the answer to joining as 'ADA' while 'Ada' is online", NICKNAMES)
                    .isEqualTo("error");
            assertThat(error.path("code").asText()).as("%s: the error's code", NICKNAMES).isEqualTo("nickname-taken");
            assertThat(welcome.path("type").asText()).as("%s: the answer to joining again, as 'Ada2', on the same connection", PRESENCE)
                    .isEqualTo("welcome");
            assertThat(welcome.path("online")).as("%s: who is online, once Ada2 is in", PRESENCE)
                    .extracting(JsonNode::asText).containsExactly("Ada", "Ada2");
            assertThat(atAda.path("nickname").asText()).as("%s: the first thing Ada hears is Ada2 joining, not the refused attempt",
                    PRESENCE).isEqualTo("Ada2");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("An invalid nickname is refused with nickname-invalid, tells no one, and the client can then join")
    void invalidNicknameCanBeRetried() {
        try (ChatClient ada = chat.join("ada"); ChatClient other = chat.connect()) {
            other.join("   ");
            JsonNode error = other.nextEnvelope();

            other.join("bob");
            JsonNode welcome = other.nextEnvelope();
            JsonNode atAda = ada.nextEnvelope();

            assertThat(error.path("code").asText()).as("%s: the error's code after joining as '   '", NICKNAMES).isEqualTo("nickname-invalid");
            assertThat(error.path("message").asText()).as("%s: the error's message, which the page shows", NICKNAMES).isNotBlank();
            assertThat(welcome.path("nickname").asText()).as("%s: the welcome after trying again as 'bob'", PRESENCE).isEqualTo("bob");
            assertThat(atAda.path("type").asText()).as("%s: the first thing ada hears is bob joining, not the refused attempt", PRESENCE)
                    .isEqualTo("joined");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("Joining a second time is refused with already-joined, claims nothing, and the first nickname stays")
    void joiningTwiceIsRefused() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.next("joined");

            ada.join("ada again");
            JsonNode error = ada.nextEnvelope();
            ada.roundTrip();
            bob.roundTrip();

            assertThat(error.path("type").asText()).withFailMessage("%s: a second join must be answered with an error envelope"
                    + " {type: error, code: already-joined}, but the answer was %s", PRESENCE, error).isEqualTo("error");
            assertThat(error.path("code").asText()).as("%s: the error's code when a member joins again", PRESENCE).isEqualTo("already-joined");
            assertThat(bob.received).as("%s: bob hears nothing of it: no 'joined', no 'left'", PRESENCE).isEmpty();
            try (ChatClient cy = chat.connect()) {
                cy.join("ada again");
                assertThat(cy.nextEnvelope().path("online")).as("%s: who is online once cy joins as 'ada again': the refused join "
                        + "must not have claimed that nickname, nor changed ada's", PRESENCE)
                        .extracting(JsonNode::asText).containsExactly("ada", "ada again", "bob");
            }
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A nickname is free again once its owner has left")
    void nicknameIsFreedWhenItsOwnerLeaves() {
        try (ChatClient bob = chat.join("bob")) {
            try (ChatClient ada = chat.join("ada")) {
                ada.sendClose();
            }
            bob.next("left");

            try (ChatClient newAda = chat.connect()) {
                newAda.join("Ada");
                JsonNode answer = newAda.nextEnvelope();

                assertThat(answer.path("type").asText()).as("%s: joining as 'Ada' after 'ada' left: her leave() must release the nickname",
                        PRESENCE).isEqualTo("welcome");
            }
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A look-alike of a nickname online (a Cyrillic а for the a) is refused with nickname-taken naming it; another nickname works")
    void lookAlikeIsRefused() {
        try (ChatClient ada = chat.join("Ada"); ChatClient impostor = chat.connect()) {
            impostor.join("Ad\u0430"); // "Adа": the last letter is Cyrillic U+0430
            JsonNode error = impostor.nextEnvelope();
            impostor.join("Bob");
            JsonNode welcome = impostor.nextEnvelope();
            JsonNode atAda = ada.nextEnvelope();

            assertThat(error.path("code").asText()).as("%s: joining as 'Ad\\u0430' (Cyrillic а) while 'Ada' is online: the"
                    + " nicknames look alike, so use NicknameRule.lookAlikeKey as the key of the nicknames taken", NICKNAMES)
                    .isEqualTo("nickname-taken");
            assertThat(error.path("message").asText()).as("%s: the message says which nickname online it looks like", NICKNAMES)
                    .contains("looks like 'Ada'");
            assertThat(welcome.path("online")).as("%s: who is online once Bob is in, after the refused look-alike", PRESENCE)
                    .extracting(JsonNode::asText).containsExactly("Ada", "Bob");
            assertThat(atAda.path("nickname").asText()).as("%s: the first thing Ada hears is Bob joining, not the refused look-alike",
                    PRESENCE).isEqualTo("Bob");
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A nickname with a zero-width space is refused with nickname-invalid, and the same client can then join")
    void invisibleCharacterIsRefused() {
        try (ChatClient other = chat.connect()) {
            other.join("Ada\u200B");
            JsonNode error = other.nextEnvelope();
            other.join("\u00A0Ada\u00A0");
            JsonNode welcome = other.nextEnvelope();

            assertThat(error.path("code").asText()).as("%s: joining as 'Ada' + U+200B (zero-width space): NicknameRule.shown refuses"
                    + " it, and the refusal is a nickname-invalid", NICKNAMES).isEqualTo("nickname-invalid");
            assertThat(welcome.path("nickname").asText()).as("%s: joining as 'Ada' between no-break spaces: shown trimmed", NICKNAMES)
                    .isEqualTo("Ada");
        }
    }
}
