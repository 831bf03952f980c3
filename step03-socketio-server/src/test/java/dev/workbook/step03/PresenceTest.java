package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static dev.workbook.step03.Step03Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * {@code presence} events as people come and go. Each test has a server of its own, since the
 * counts would see the clients of other tests still leaving; clients join one at a time, so the
 * order of the events each one hears is known.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PresenceTest {

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("Everyone, the newcomer included, hears who joined and how many are online now")
    void everyoneHearsWhoJoined(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture chat = ChatServerFixture.start();
             ChatTestClient ada = chat.joinConnected("ada", transports)) {
            JSONObject adaHearsAda = ada.nextPresence();

            try (ChatTestClient bob = chat.joinConnected(" bob ", transports)) {
                JSONObject bobHearsBob = bob.nextPresence();
                JSONObject adaHearsBob = ada.nextPresence();

                assertThat(describe(adaHearsAda)).as("%s: what ada hears when she joins an empty chat", PRESENCE)
                        .isEqualTo("ada joined, 1 online");
                assertThat(describe(bobHearsBob)).as("%s: what bob hears when he joins as ' bob ', after ada", PRESENCE)
                        .isEqualTo("bob joined, 2 online");
                assertThat(describe(adaHearsBob)).as("%s: what ada hears when bob joins", PRESENCE).isEqualTo("bob joined, 2 online");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("When someone leaves, everyone still there hears who left, with the count one lower")
    void everyoneHearsWhoLeft(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture chat = ChatServerFixture.start();
             ChatTestClient ada = chat.joinConnected("ada", transports);
             ChatTestClient bob = chat.joinConnected("bob", transports)) {
            ada.nextPresence();
            ada.nextPresence();
            bob.nextPresence();

            try (ChatTestClient cy = chat.joinConnected("cy", transports)) {
                cy.nextPresence();
                ada.nextPresence();
                bob.nextPresence();
            }
            JSONObject adaHearsCyLeave = ada.nextPresence();
            JSONObject bobHearsCyLeave = bob.nextPresence();

            assertThat(describe(adaHearsCyLeave)).as("%s: what ada hears when cy leaves", PRESENCE).isEqualTo("cy left, 2 online");
            assertThat(describe(bobHearsCyLeave)).as("%s: what bob hears when cy leaves", PRESENCE).isEqualTo("cy left, 2 online");
            assertThat(adaHearsCyLeave.length()).as("%s: the fields of %s: nickname, change and online", PRESENCE, adaHearsCyLeave)
                    .isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("A client the handshake refused, whose session stays open, is not online: the next to join hears a count without it")
    void refusedClientIsNotCounted(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture chat = ChatServerFixture.start();
             ChatTestClient ada = chat.joinConnected("ada", transports);
             RefusedSessionClient refused = new RefusedSessionClient(chat.port(), "{\"nickname\":\" \"}", chat.await())) {
            ada.nextPresence();

            try (ChatTestClient bob = chat.joinConnected("bob", transports)) {
                JSONObject adaHearsBob = ada.nextPresence();

                assertThat(describe(adaHearsBob)).as("%s: what ada hears when bob joins, with a refused client still connected:"
                        + " count those who passed the handshake check, not getAllClients()", PRESENCE)
                        .isEqualTo("bob joined, 2 online");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("When the server wants a token, the right one lets the client in, and everyone hears it by its trimmed nickname")
    void rightTokenLetsTheClientIn(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture withToken = ChatServerFixture.start(Step03Settings.forTests().withToken("sesame"));
             ChatTestClient ada = withToken.client(transports, Map.of("nickname", "  ada ", "token", "sesame"))) {

            ada.awaitConnected();
            JSONObject joined = ada.nextPresence();

            assertThat(ada.connected()).as("%s: the client with the right token is connected", HANDSHAKE).isTrue();
            assertThat(describe(joined)).as("%s, %s: what ada hears when she joins with the right token", HANDSHAKE, PRESENCE)
                    .isEqualTo("ada joined, 1 online");
        }
    }

    /** "ada joined, 1 online": the three fields of a presence event, in one line an assertion can show. */
    private static String describe(JSONObject presence) {
        return presence.optString("nickname", "(no nickname)") + " " + presence.optString("change", "(no change)") + ", "
                + (presence.has("online") ? presence.opt("online") : "(no count)") + " online";
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("A nickname already online, or a look-alike of it, is refused: connect_error names it; the one online stays connected")
    void nicknameOnlineIsRefused(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture chat = ChatServerFixture.start();
             ChatTestClient ada = chat.joinConnected("Ada", transports)) {
            String same = refusalSeen(chat, transports, Map.of("nickname", "Ada"));
            String cyrillic = refusalSeen(chat, transports, Map.of("nickname", "\u0410da")); // a Cyrillic А

            assertThat(same).as("%s: connect_error for 'Ada' while 'Ada' is online", PRESENCE)
                    .isEqualTo("'Ada' is already online: choose another nickname");
            assertThat(cyrillic).as("%s: connect_error for 'Аda' (Cyrillic А) while 'Ada' is online", PRESENCE)
                    .isEqualTo("'\u0410da' looks like 'Ada', who is online: choose another nickname");
            assertThat(ada.connected()).as("%s: Ada, online all along, is still connected", PRESENCE).isTrue();
            try (ChatTestClient bob = chat.joinConnected("Bob", transports)) {
                assertThat(bob.connected()).as("%s: Bob, after the refused look-alikes, gets in", PRESENCE).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("A nickname is free again once its owner has disconnected")
    void nicknameIsFreedOnDisconnect(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture chat = ChatServerFixture.start()) {
            try (ChatTestClient first = chat.joinConnected("Grace", transports)) {
                first.socket().disconnect();
                chat.await().until("the server to count Grace's first connection gone", () -> chat.server().onlineCount() == 0);
            }

            try (ChatTestClient again = chat.joinConnected("grace", transports)) {
                assertThat(again.connected()).as("%s: 'grace' once 'Grace' has left", PRESENCE).isTrue();
            }
        }
    }

    /** Connects with {@code auth}, waits for the refusal, and returns its message. */
    private static String refusalSeen(ChatServerFixture chat, ChatTestClient.Transports transports, Map<String, String> auth) {
        try (ChatTestClient client = chat.client(transports, auth)) {
            Object error = client.nextConnectError();

            assertThat(error).as("%s: connect_error for the auth %s should carry the server's {message}", HANDSHAKE, auth)
                    .isInstanceOf(JSONObject.class);
            assertThat(client.connects()).as("%s: how often the refused client connected", HANDSHAKE).isZero();
            return ((JSONObject) error).optString("message");
        }
    }
}
