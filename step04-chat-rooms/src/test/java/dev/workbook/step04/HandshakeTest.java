package dev.workbook.step04;

import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.RoomsTestClient.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TextForLearners;
import dev.workbook.testkit.TransportsUnderTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handshake, given code: who may connect, refused with the reason in {@code connect_error},
 * one nickname per client, and the same client taking its nickname over on a new connection.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HandshakeTest {

    private static final String TOKEN = "secret";
    @RegisterExtension
    static final ChatRoomsServerFixture OPEN = ChatRoomsServerFixture.perClass();
    @RegisterExtension
    static final ChatRoomsServerFixture WITH_TOKEN = ChatRoomsServerFixture.perClass(settings -> settings.withToken(TOKEN));

    static Stream<Arguments> refusals() {
        String tooLong = "a nickname has at most 24 characters";
        String invisible = "a nickname may not hold invisible or direction-changing characters";
        String clientId = "a clientId (1 to 64 letters, digits, '-' or '_') is required";
        return Stream.of(
                Arguments.of("no nickname", Map.of("clientId", "c-1"), "a nickname is required"),
                Arguments.of("a blank nickname", auth("  ", "c-1"), "a nickname is required: 1 to 24 characters"),
                Arguments.of("a nickname of no-break spaces", auth("\u00A0\u00A0", "c-1"), "a nickname is required: 1 to 24 characters"),
                Arguments.of("a nickname of 25 characters", auth("n".repeat(25), "c-1"), tooLong),
                Arguments.of("a nickname with a zero-width space", auth("ad\u200Ba", "c-1"),
                        invisible + " (it holds U+200B ZERO WIDTH SPACE)"),
                Arguments.of("a nickname with a right-to-left override", auth("ada\u202E", "c-1"),
                        invisible + " (it holds U+202E RIGHT-TO-LEFT OVERRIDE)"),
                Arguments.of("a nickname with a control character", auth("ada\u0007", "c-1"), invisible + " (it holds U+0007 BEL)"),
                Arguments.of("no clientId", Map.of("nickname", "ada"), clientId),
                Arguments.of("a clientId with a space", auth("ada", "c 1"), clientId),
                Arguments.of("a clientId of 65 characters", auth("ada", "c".repeat(65)), clientId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("A bad handshake is refused: connect_error says why, and the client does not get in")
    void badHandshakeIsRefused(String what, Map<String, String> auth, String reason) {
        String seen = refusalSeenBy(OPEN, RoomsTestClient.Transports.DEFAULT, auth);

        assertThat(seen).as("the message in the client's connect_error, for %s", what).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @DisplayName("When the server wants a token, a wrong or missing one is refused, over every transport")
    void wrongTokenIsRefused(RoomsTestClient.Transports transports) {
        Map<String, String> wrong = new LinkedHashMap<>(auth("eve"));
        wrong.put("token", "guess");

        String seenForWrong = refusalSeenBy(WITH_TOKEN, transports, wrong);
        String seenForNone = refusalSeenBy(WITH_TOKEN, transports, auth("eve"));

        assertThat(seenForWrong).as("the message in connect_error for a wrong token").isEqualTo("wrong or missing token");
        assertThat(seenForNone).as("the message in connect_error for no token").isEqualTo("wrong or missing token");
    }

    @Test
    @DisplayName("When the server wants a token, the right one lets the client in")
    void rightTokenLetsTheClientIn() {
        Map<String, String> auth = new LinkedHashMap<>(auth(unique("ada")));
        auth.put("token", TOKEN);

        try (RoomsTestClient ada = WITH_TOKEN.connect(RoomsTestClient.Transports.DEFAULT, auth)) {

            assertThat(ada.connected()).as("a client with the right token is connected").isTrue();
        }
    }

    @Test
    @DisplayName("A nickname online under another clientId is taken, whatever its case, Unicode spelling or look-alike letters")
    void takenNicknameIsRefused() {
        String nickname = unique("ada");
        String cyrillic = "\u0410" + nickname.substring(1); // a Cyrillic А for the first letter
        try (RoomsTestClient first = OPEN.connect(RoomsTestClient.Transports.DEFAULT, nickname)) {

            String sameSpelling = refusalSeenBy(OPEN, RoomsTestClient.Transports.DEFAULT, auth(nickname));
            String otherCase = refusalSeenBy(OPEN, RoomsTestClient.Transports.DEFAULT, auth(nickname.toUpperCase()));
            String fullWidth = refusalSeenBy(OPEN, RoomsTestClient.Transports.DEFAULT, auth(fullWidth(nickname)));
            String lookAlike = refusalSeenBy(OPEN, RoomsTestClient.Transports.DEFAULT, auth(cyrillic));

            assertThat(sameSpelling).as("connect_error for %s, online under another clientId", nickname)
                    .isEqualTo("'" + nickname + "' is already online: choose another nickname");
            assertThat(otherCase).as("connect_error for %s in capitals", nickname).contains("looks like '" + nickname + "'");
            assertThat(fullWidth).as("connect_error for %s in full-width letters, the same after NFKC", nickname)
                    .isEqualTo("'" + nickname + "' is already online: choose another nickname");
            assertThat(lookAlike).as("connect_error for %s with a Cyrillic А", nickname)
                    .isEqualTo("'" + cyrillic + "' looks like '" + nickname + "', who is online: choose another nickname");
            assertThat(first.connected()).as("the first %s is still connected", nickname).isTrue();
            try (RoomsTestClient other = OPEN.connect(RoomsTestClient.Transports.DEFAULT, unique("bob"))) {
                assertThat(other.connected()).as("someone else, after the refused look-alikes, gets in").isTrue();
            }
        }
    }

    @Test
    @DisplayName("A nickname refusal names the nickname field in connect_error's data, so the page shows it beside the field")
    void nicknameRefusalNamesTheField() {
        try (RoomsTestClient client = OPEN.client(RoomsTestClient.Transports.DEFAULT, auth("ada\u200B", "c-9"))) {
            Object error = client.nextConnectError();

            assertThat(error).as("connect_error for a nickname with a zero-width space").isInstanceOf(JSONObject.class);
            JSONObject data = ((JSONObject) error).optJSONObject("data");
            assertThat(data).as("connect_error's data for a nickname with a zero-width space").isNotNull();
            assertThat(data.optString("field")).as("the field at fault").isEqualTo("nickname");
            assertThat(data.optString("code")).as("the refusal's code").isEqualTo(Refusal.BAD_NICKNAME);
        }
    }

    @Test
    @DisplayName("The same nickname and clientId on a new connection is let in, and the server disconnects the old one")
    void sameClientTakesItsNicknameOver() {
        Map<String, String> auth = auth(unique("ada"));
        try (RoomsTestClient old = OPEN.connect(RoomsTestClient.Transports.DEFAULT, auth);
             RoomsTestClient reloaded = OPEN.connect(RoomsTestClient.Transports.DEFAULT, auth)) {

            String whyTheOldWent = old.nextDisconnect();

            assertThat(reloaded.connected()).as("the new connection of the same client is connected").isTrue();
            assertThat(whyTheOldWent).as("why the old connection was disconnected: by the server, so it does not reconnect")
                    .isEqualTo("io server disconnect");
            assertThat(old.socket().isActive()).as("the old connection still tries to reconnect").isFalse();
        }
    }

    @Test
    @DisplayName("A client without auth is told what to send, then disconnected for good")
    void noAuthIsRefused() {
        try (RoomsTestClient anonymous = OPEN.client(RoomsTestClient.Transports.DEFAULT, null)) {

            JSONObject refused = anonymous.nextRefused();
            String reason = anonymous.nextDisconnect();

            assertThat(refused.optString("message")).as("the 'refused' event's message")
                    .isEqualTo("send {nickname, clientId} in the handshake's auth");
            assertThat(reason).as("why the client was disconnected: by the server").isEqualTo("io server disconnect");
        }
    }

    @Test
    @DisplayName("An auth that is not an object is refused, saying what to send")
    void authThatIsNotAnObjectIsRefused() {
        Throwable refusal = catchThrowable(() -> new Handshake(null).check("ada"));

        assertThat(refusal).as("Handshake.check(\"ada\")").isInstanceOf(Refusal.class)
                .hasMessage("send {nickname, clientId} in the handshake's auth");
    }

    /** Connects with {@code auth}, waits for the refusal, checks the client stayed out, and returns the reason it saw. */
    private static String refusalSeenBy(ChatRoomsServerFixture server, RoomsTestClient.Transports transports, Map<String, String> auth) {
        try (RoomsTestClient client = server.client(transports, auth)) {
            Object error = client.nextConnectError();

            assertThat(error).as("connect_error for the auth %s should carry the server's {message}, not a transport failure", shown(auth))
                    .isInstanceOf(JSONObject.class);
            assertThat(client.connects()).as("how often the refused client with %s connected", shown(auth)).isZero();
            return ((JSONObject) error).optString("message");
        }
    }

    /** The same letters in their full-width forms, which NFKC turns back into these. */
    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
        return wide.toString();
    }

    /** The auth as a learner can read it: control characters escaped, so a bell neither rings nor hides. */
    private static String shown(Object auth) {
        return TextForLearners.escaped(String.valueOf(auth));
    }
}
