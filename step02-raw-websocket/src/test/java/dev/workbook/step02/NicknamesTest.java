package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.NICKNAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nicknames claimed and refused, without any connection: the workbook's nickname rule, and unique by look-alike key. */
class NicknamesTest {

    private static final String PARTY = "\uD83C\uDF89"; // 🎉, one code point, two chars in a Java String

    private final Nicknames nicknames = new Nicknames();

    @Test
    @Tag("exercise-2.2")
    @DisplayName("A nickname is trimmed, and returned as it will be shown")
    void nicknameIsTrimmed() {
        String shown = claimExpectingSuccess("  Ada Lovelace\t");

        assertThat(shown).as("%s: claim(\"  Ada Lovelace\\t\") should return the nickname without the spaces around it", NICKNAMES)
                .isEqualTo("Ada Lovelace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    @Tag("exercise-2.2")
    @DisplayName("An empty or blank nickname is refused as nickname-invalid")
    void emptyNicknameIsInvalid(String requested) {
        expectRefused(requested, "nickname-invalid", "a nickname that is empty after trimming");
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("A nickname of 24 characters is accepted, one of 25 refused as nickname-invalid")
    void nicknameOf24IsTheLongest() {
        String longest = "n".repeat(Nicknames.MAX_LENGTH);

        String shown = claimExpectingSuccess(longest);

        assertThat(shown).as("%s: a nickname of exactly %d characters", NICKNAMES, Nicknames.MAX_LENGTH).isEqualTo(longest);
        expectRefused("m".repeat(Nicknames.MAX_LENGTH + 1), "nickname-invalid", "a nickname of 25 characters");
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("Length counts characters as a reader sees them, not Java chars: 24 emoji are accepted, 25 refused")
    void lengthCountsCodePoints() {
        String emoji24 = PARTY.repeat(Nicknames.MAX_LENGTH);

        String shown = claimExpectingSuccess(emoji24);

        assertThat(shown).as("%s: 24 emoji are 24 characters, though String.length() says 48: count code points", NICKNAMES)
                .isEqualTo(emoji24);
        expectRefused(PARTY.repeat(Nicknames.MAX_LENGTH + 1), "nickname-invalid", "25 emoji");
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("Spaces around a nickname do not count towards its length")
    void lengthIsCountedAfterTrimming() {
        String padded = "   " + "n".repeat(Nicknames.MAX_LENGTH) + "   ";

        String shown = claimExpectingSuccess(padded);

        assertThat(shown).as("%s: 24 characters with spaces around them: trim first, then count", NICKNAMES)
                .isEqualTo("n".repeat(Nicknames.MAX_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada\u0007", "a\tb", "line\nbreak", "nul\u0000", "del\u007F", "c1\u0085x"})
    @Tag("exercise-2.2")
    @DisplayName("A nickname holding a control character is refused as nickname-invalid")
    void controlCharactersAreInvalid(String requested) {
        expectRefused(requested, "nickname-invalid", "a nickname holding a control character " + escaped(requested));
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("Letters from any script, spaces inside and punctuation are fine")
    void printableCharactersAreFine() {
        String shown = claimExpectingSuccess("Zoë O'Brien-Łukasz 李");

        assertThat(shown).as("%s: a nickname with accents, an apostrophe, a hyphen, a space and a CJK character", NICKNAMES)
                .isEqualTo("Zoë O'Brien-Łukasz 李");
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("A nickname someone online has is refused as nickname-taken, whatever its case")
    void takenIgnoringCase() {
        claimExpectingSuccess("Ada");

        expectRefused("Ada", "nickname-taken", "'Ada' when 'Ada' is online");
        expectRefused("aDA", "nickname-taken", "'aDA' when 'Ada' is online");
        expectRefused("  ada ", "nickname-taken", "'  ada ' when 'Ada' is online");
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("A refused nickname takes nothing: asking for it again is refused for the same reason, not as taken")
    void refusedClaimTakesNothing() {
        String tooLong = "x".repeat(Nicknames.MAX_LENGTH + 1);
        expectRefused(tooLong, "nickname-invalid", "a nickname of 25 characters");
        expectRefused("ada\u0007", "nickname-invalid", "'ada' with a bell character");

        expectRefused(tooLong, "nickname-invalid", "the same 25 characters a second time (check a nickname before you take it)");
        expectRefused("ada\u0007", "nickname-invalid", "'ada' with a bell a second time (check a nickname before you take it)");
        String shown = claimExpectingSuccess("x".repeat(Nicknames.MAX_LENGTH));

        assertThat(shown).as("%s: a valid nickname after refused ones", NICKNAMES).hasSize(Nicknames.MAX_LENGTH);
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("A released nickname can be claimed again, in any case")
    void releaseFreesTheNickname() {
        claimExpectingSuccess("Ada");
        claimExpectingSuccess("Bob");

        nicknames.release("Ada");
        String again = claimExpectingSuccess("ADA");

        assertThat(again).as("%s: claim(\"ADA\") after 'Ada' was released", NICKNAMES).isEqualTo("ADA");
        expectRefused("bob", "nickname-taken", "'bob' when 'Bob' is still online");
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("The nickname is shown as NicknameRule.shown gives it: NFKC, no-break spaces trimmed")
    void nicknameIsShownByTheRule() {
        String shown = claimExpectingSuccess("\u00A0\uFF21\uFF44\uFF41\u00A0"); // full-width "Ada" between no-break spaces

        assertThat(shown).as("%s: claim() should return what NicknameRule.shown returns", NICKNAMES).isEqualTo("Ada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u200B", "\u202EadA", "Ad\u200Da"})
    @Tag("exercise-2.2")
    @DisplayName("A nickname the rule refuses (zero-width space, right-to-left override, stray joiner) is refused as nickname-invalid")
    void invisibleCharactersAreInvalid(String requested) {
        expectRefused(requested, "nickname-invalid", "a nickname holding an invisible character " + escaped(requested));
    }

    @Test
    @Tag("exercise-2.2")
    @DisplayName("A family emoji joined by ZWJ is one character, and a fine nickname")
    void zwjEmojiAreFine() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

        String shown = claimExpectingSuccess(family.repeat(Nicknames.MAX_LENGTH));

        assertThat(shown).as("%s: 24 family emoji (👨‍👩‍👧, five code points each)", NICKNAMES).isEqualTo(family.repeat(Nicknames.MAX_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0410da", "Ad\u0430", "AD\u0391", "ADA"})
    @Tag("exercise-2.2")
    @DisplayName("A look-alike of a nickname online (Cyrillic or Greek letters, another case) is refused as nickname-taken")
    void lookAlikeIsTaken(String requested) {
        claimExpectingSuccess("Ada");

        BadMessage refused = expectRefused(requested, "nickname-taken", escaped(requested) + " when 'Ada' is online (use NicknameRule.lookAlikeKey)");

        assertThat(refused.getMessage()).as("%s: the message for %s names the nickname online (NicknameRule.takenBy)", NICKNAMES,
                escaped(requested)).contains("'Ada'");
    }

    private String claimExpectingSuccess(String requested) {
        try {
            return nicknames.claim(requested);
        } catch (BadMessage refused) {
            throw new AssertionError(String.format("%s: claim() should accept %s, but refused it with %s: %s", NICKNAMES,
                    escaped(requested), refused.code(), refused.getMessage()), refused);
        }
    }

    private BadMessage expectRefused(String requested, String expectedCode, String what) {
        Throwable thrown = catchThrowable(() -> nicknames.claim(requested));

        assertThat(thrown).withFailMessage("%s: claim(%s) should throw BadMessage(\"%s\", ...) for %s, but it returned"
                + " normally: it took the nickname", NICKNAMES, escaped(requested), expectedCode, what).isNotNull();
        assertThat(thrown).as("%s: claim() should throw BadMessage(\"%s\", ...) for %s", NICKNAMES, expectedCode, what)
                .isInstanceOf(BadMessage.class);
        assertThat(((BadMessage) thrown).code()).as("%s: the code for %s", NICKNAMES, what).isEqualTo(expectedCode);
        return (BadMessage) thrown;
    }

    private static String escaped(String text) {
        StringBuilder shown = new StringBuilder("'");
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04X", c) : Character.toString(c)));
        return shown.append("'").toString();
    }
}
