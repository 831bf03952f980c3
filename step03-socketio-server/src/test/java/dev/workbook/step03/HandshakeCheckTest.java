package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.TextForLearners;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a client may send as its handshake's {@code auth}, checked without a server: maps as netty-socketio decodes them. */
class HandshakeCheckTest {

    private static final int MAX = HandshakeCheck.MAX_NICKNAME_CHARS;
    /** One code point, two UTF-16 chars: a nickname of these is as long as a reader counts it. */
    private static final String GRINNING_FACE = "\uD83D\uDE00";

    private final HandshakeCheck open = new HandshakeCheck(null);
    private final HandshakeCheck withToken = new HandshakeCheck("secret");

    @Test
    @Tag("exercise-3.1")
    @DisplayName("A nickname is accepted, and returned without the spaces around it")
    void nicknameIsTrimmed() throws Refusal {
        String nickname = open.nicknameFrom(Map.of("nickname", "  Ada Lovelace \t"));

        assertThat(nickname).as("%s: nicknameFrom({nickname: '  Ada Lovelace \\t'})", HANDSHAKE).isEqualTo("Ada Lovelace");
    }

    @Test
    @Tag("exercise-3.1")
    @DisplayName("A nickname of 24 characters is accepted, counted once trimmed and as a reader counts them (an emoji is one)")
    void longestNicknameIsAccepted() throws Refusal {
        String letters = "a".repeat(MAX);
        String emoji = GRINNING_FACE.repeat(MAX);

        String fromLetters = open.nicknameFrom(Map.of("nickname", letters));
        String fromEmoji = open.nicknameFrom(Map.of("nickname", emoji));
        String fromPadded = open.nicknameFrom(Map.of("nickname", "  " + letters + " "));

        assertThat(fromLetters).as("%s: a nickname of %d letters", HANDSHAKE, MAX).isEqualTo(letters);
        assertThat(fromEmoji).as("%s: a nickname of %d emoji, %d UTF-16 chars: count code points, not String.length()",
                HANDSHAKE, MAX, emoji.length()).isEqualTo(emoji);
        assertThat(fromPadded).as("%s: %d letters with spaces around: trim first, then count", HANDSHAKE, MAX).isEqualTo(letters);
    }

    static Stream<Arguments> badNicknames() {
        Map<String, Object> nullNickname = new HashMap<>();
        nullNickname.put("nickname", null);
        return Stream.of(
                Arguments.argumentSet("no nickname at all", Map.of("colour", "teal")),
                Arguments.argumentSet("a null nickname", nullNickname),
                Arguments.argumentSet("an empty nickname", Map.of("nickname", "")),
                Arguments.argumentSet("a nickname of spaces and tabs", Map.of("nickname", "  \t ")),
                Arguments.argumentSet("a number as nickname", Map.of("nickname", 42)),
                Arguments.argumentSet("a list as nickname", Map.of("nickname", List.of("ada"))),
                Arguments.argumentSet("25 letters", Map.of("nickname", "a".repeat(MAX + 1))),
                Arguments.argumentSet("25 emoji", Map.of("nickname", GRINNING_FACE.repeat(MAX + 1))),
                Arguments.argumentSet("25 letters once trimmed, 24 is the limit", Map.of("nickname", " " + "a".repeat(MAX + 1) + " ")),
                Arguments.argumentSet("a bell character inside", Map.of("nickname", "ada\u0007")),
                Arguments.argumentSet("a tab inside", Map.of("nickname", "ada\tbob")),
                Arguments.argumentSet("a new line inside", Map.of("nickname", "ada\nbob")),
                Arguments.argumentSet("an escape character inside", Map.of("nickname", "\u001B[31mred")),
                Arguments.argumentSet("a DEL character inside", Map.of("nickname", "ad\u007Fa")),
                Arguments.argumentSet("a zero-width space inside", Map.of("nickname", "ada\u200B")),
                Arguments.argumentSet("a right-to-left override inside", Map.of("nickname", "ada\u202Ebob")),
                Arguments.argumentSet("only no-break spaces", Map.of("nickname", "\u00A0\u00A0")));
    }

    @ParameterizedTest
    @MethodSource("badNicknames")
    @Tag("exercise-3.1")
    @DisplayName("A missing, non-text nickname, or one NicknameRule refuses, is refused, saying why and naming the nickname field")
    void badNicknameIsRefused(Map<String, Object> auth) {
        Throwable refusal = catchThrowable(() -> open.nicknameFrom(auth));

        assertThat(refusal).as("%s: nicknameFrom(%s) must throw a Refusal", HANDSHAKE, shown(auth)).isInstanceOf(Refusal.class);
        assertThat(refusal.getMessage()).as("%s: the Refusal's message, which the page shows in connect_error", HANDSHAKE)
                .containsIgnoringCase("nickname");
        assertThat(((Refusal) refusal).field()).as("%s: the Refusal's field for %s, so the page shows it beside the nickname:"
                + " new Refusal(reason, Refusal.NICKNAME)", HANDSHAKE, shown(auth)).isEqualTo(Refusal.NICKNAME);
    }

    @ParameterizedTest
    @MethodSource("shapedNicknames")
    @Tag("exercise-3.1")
    @DisplayName("A nickname is returned as NicknameRule.shown gives it: NFKC, no-break spaces trimmed, ZWJ emoji kept")
    void nicknameIsShapedByTheRule(String requested, String expected) throws Refusal {
        assertThat(open.nicknameFrom(Map.of("nickname", requested))).as("%s: nicknameFrom({nickname: %s})", HANDSHAKE, shown(requested))
                .isEqualTo(expected);
    }

    static Stream<Arguments> shapedNicknames() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        return Stream.of(
                Arguments.argumentSet("no-break spaces around", "\u00A0Ada\u00A0", "Ada"),
                Arguments.argumentSet("full-width letters", "\uFF21\uFF44\uFF41", "Ada"),
                Arguments.argumentSet("a family emoji joined by ZWJ", family, family));
    }

    static Stream<Arguments> notAMap() {
        return Stream.of(
                Arguments.argumentSet("null", (Object) null),
                Arguments.argumentSet("a string", "ada"),
                Arguments.argumentSet("a number", 42),
                Arguments.argumentSet("a list", List.of("ada")));
    }

    @ParameterizedTest
    @MethodSource("notAMap")
    @Tag("exercise-3.1")
    @DisplayName("An auth that is not an object is refused, saying that a nickname is expected")
    void authThatIsNotAMapIsRefused(Object auth) {
        Throwable refusal = catchThrowable(() -> open.nicknameFrom(auth));

        assertThat(refusal).as("%s: nicknameFrom(%s) must throw a Refusal, not anything else", HANDSHAKE, shown(auth)).isInstanceOf(Refusal.class);
        assertThat(refusal.getMessage()).as("%s: the Refusal's message, which the page shows in connect_error", HANDSHAKE)
                .containsIgnoringCase("nickname");
    }

    @Test
    @Tag("exercise-3.1")
    @DisplayName("When the server has a token, the right token lets a client in")
    void rightTokenIsAccepted() throws Refusal {
        String nickname = withToken.nicknameFrom(Map.of("nickname", "ada", "token", "secret"));

        assertThat(nickname).as("%s: nicknameFrom({nickname: 'ada', token: 'secret'}) with 'secret' required", HANDSHAKE).isEqualTo("ada");
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.argumentSet("a wrong token", Map.of("nickname", "ada", "token", "guess")),
                Arguments.argumentSet("the token in other case", Map.of("nickname", "ada", "token", "SECRET")),
                Arguments.argumentSet("the token with a space", Map.of("nickname", "ada", "token", "secret ")),
                Arguments.argumentSet("no token", Map.of("nickname", "ada")),
                Arguments.argumentSet("a number as token", Map.of("nickname", "ada", "token", 42)));
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    @Tag("exercise-3.1")
    @DisplayName("When the server has a token, a wrong or missing token is refused, saying so")
    void wrongOrMissingTokenIsRefused(Map<String, Object> auth) {
        Throwable refusal = catchThrowable(() -> withToken.nicknameFrom(auth));

        assertThat(refusal).as("%s: nicknameFrom(%s) with the token 'secret' required", HANDSHAKE, shown(auth)).isInstanceOf(Refusal.class);
        assertThat(refusal.getMessage()).as("%s: the Refusal's message, which the page shows in connect_error", HANDSHAKE)
                .containsIgnoringCase("token");
    }

    @Test
    @Tag("exercise-3.1")
    @DisplayName("When the server has no token, a client gets in with any token or none")
    void noTokenRequired() throws Refusal {
        String withoutToken = open.nicknameFrom(Map.of("nickname", "ada"));
        String withAnyToken = open.nicknameFrom(Map.of("nickname", "bob", "token", "whatever"));

        assertThat(withoutToken).as("%s: nicknameFrom({nickname: 'ada'}) when no token is required", HANDSHAKE).isEqualTo("ada");
        assertThat(withAnyToken).as("%s: nicknameFrom({nickname: 'bob', token: 'whatever'}) when no token is required", HANDSHAKE)
                .isEqualTo("bob");
    }

    /** The auth as a learner can read it: control characters escaped, so a bell neither rings nor hides. */
    private static String shown(Object auth) {
        return TextForLearners.escaped(String.valueOf(auth));
    }
}
