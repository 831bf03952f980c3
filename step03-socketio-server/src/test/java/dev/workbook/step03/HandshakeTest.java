package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TextForLearners;
import dev.workbook.testkit.TransportsUnderTest;
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
 * The handshake check over a real connection: a refused client sees the reason in its
 * {@code connect_error} and stays out; one the check lets in connects. Two servers: one open to
 * anyone with a nickname, one that wants the token {@value #TOKEN}.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HandshakeTest {

    private static final String TOKEN = "secret";
    @RegisterExtension
    static final ChatServerFixture OPEN = ChatServerFixture.perClass();
    @RegisterExtension
    static final ChatServerFixture WITH_TOKEN = ChatServerFixture.perClass(Step03Settings.forTests().withToken(TOKEN));

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @DisplayName("A blank nickname is refused: connect_error says why, and the client does not get in")
    void blankNicknameIsRefusedWithItsReason(ChatTestClient.Transports transports) {
        Map<String, String> auth = Map.of("nickname", "   ");
        String reason = reasonTheCheckGives(new HandshakeCheck(null), auth);

        String seen = refusalSeenBy(OPEN, transports, auth);

        assertThat(seen).as("%s: the message in the client's connect_error, for the auth %s", HANDSHAKE, shown(auth)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @DisplayName("A nickname of 25 characters is refused: connect_error says why, and the client does not get in")
    void tooLongNicknameIsRefusedWithItsReason(ChatTestClient.Transports transports) {
        Map<String, String> auth = Map.of("nickname", "n".repeat(HandshakeCheck.MAX_NICKNAME_CHARS + 1));
        String reason = reasonTheCheckGives(new HandshakeCheck(null), auth);

        String seen = refusalSeenBy(OPEN, transports, auth);

        assertThat(seen).as("%s: the message in the client's connect_error, for a nickname of 25 characters", HANDSHAKE).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @DisplayName("When the server wants a token, a wrong one is refused: connect_error says why, and the client does not get in")
    void wrongTokenIsRefusedWithItsReason(ChatTestClient.Transports transports) {
        Map<String, String> auth = Map.of("nickname", "eve", "token", "guess");
        String reason = reasonTheCheckGives(new HandshakeCheck(TOKEN), auth);

        String seen = refusalSeenBy(WITH_TOKEN, transports, auth);

        assertThat(seen).as("%s: the message in the client's connect_error, for a wrong token", HANDSHAKE).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @DisplayName("When the server wants a token, a nickname alone is refused: connect_error says why")
    void missingTokenIsRefusedWithItsReason(ChatTestClient.Transports transports) {
        Map<String, String> auth = Map.of("nickname", "eve");
        String reason = reasonTheCheckGives(new HandshakeCheck(TOKEN), auth);

        String seen = refusalSeenBy(WITH_TOKEN, transports, auth);

        assertThat(seen).as("%s: the message in the client's connect_error, for no token", HANDSHAKE).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @DisplayName("A refused nickname's connect_error names the form field, so the page shows the reason beside it")
    void refusalNamesTheField(ChatTestClient.Transports transports) {
        try (ChatTestClient client = OPEN.client(transports, Map.of("nickname", "Ada\u200B"))) {
            Object error = client.nextConnectError();

            assertThat(error).as("%s: connect_error for 'Ada' + U+200B (zero-width space)", HANDSHAKE).isInstanceOf(JSONObject.class);
            assertThat(((JSONObject) error).optString("message")).as("%s: the reason", HANDSHAKE).contains("U+200B");
            assertThat(((JSONObject) error).optJSONObject("data")).as("%s: connect_error's data, {field: 'nickname'}: throw"
                    + " new Refusal(reason, Refusal.NICKNAME) for a nickname the rule refuses", HANDSHAKE)
                    .isNotNull().extracting(data -> data.optString("field")).isEqualTo("nickname");
        }
    }

    /** Connects with {@code auth}, waits for the refusal, checks the client stayed out, and returns the reason it saw. */
    private static String refusalSeenBy(ChatServerFixture chat, ChatTestClient.Transports transports, Map<String, String> auth) {
        try (ChatTestClient client = chat.client(transports, auth)) {
            Object error = client.nextConnectError();

            assertThat(error).as("%s: connect_error for the auth %s should carry the server's {message}, not a transport failure",
                    HANDSHAKE, auth).isInstanceOf(JSONObject.class);
            assertThat(client.connected()).as("%s: a refused client is not connected", HANDSHAKE).isFalse();
            assertThat(client.connects()).as("%s: how often the refused client connected", HANDSHAKE).isZero();
            return ((JSONObject) error).optString("message");
        }
    }

    /** The message of the Refusal that {@code check} throws for {@code auth}. */
    private static String reasonTheCheckGives(HandshakeCheck check, Map<String, String> auth) {
        Throwable refusal = catchThrowable(() -> check.nicknameFrom(auth));
        assertThat(refusal).as("%s: nicknameFrom(%s) must throw a Refusal", HANDSHAKE, shown(auth)).isInstanceOf(Refusal.class);
        return refusal.getMessage();
    }

    /** The auth as a learner can read it: control characters escaped, so a bell neither rings nor hides. */
    private static String shown(Object auth) {
        return TextForLearners.escaped(String.valueOf(auth));
    }
}
