package dev.workbook.pages.nicknames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The nickname rule of steps 02-04, one row per case: what is shown, what is refused, what looks alike. */
@Tag("support")
class NicknameRuleTest {

    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧: 5 code points, 1 character
    private static final String RAINBOW_FLAG = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"; // 🏳️‍🌈
    private static final String NURSE = "\uD83D\uDC69\uD83C\uDFFD\u200D\u2695\uFE0F"; // 👩🏽‍⚕️: skin tone, then an older symbol

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("plain ASCII stays as it is", "Ada", "Ada"),
                arguments("ASCII spaces and tabs around it are trimmed", " \tAda Lovelace\n", "Ada Lovelace"),
                arguments("no-break spaces U+00A0 around it are trimmed", "\u00A0Ada\u00A0", "Ada"),
                arguments("narrow no-break U+202F, figure space U+2007, ideographic space U+3000 are trimmed",
                        "\u202F\u2007Ada\u3000", "Ada"),
                arguments("NFKC: full-width letters become ASCII", "\uFF21\uFF44\uFF41", "Ada"),
                arguments("NFKC: the ligature ﬁ becomes f + i", "\uFB01ona", "fiona"),
                arguments("NFKC: e + combining acute becomes é, one character", "Zoe\u0301", "Zoé"),
                arguments("NFKC: a no-break space inside becomes a plain space", "Ada\u00A0Lovelace", "Ada Lovelace"),
                arguments("letters of any script, accents, apostrophe, hyphen", "Zoë O'Brien-Łukasz 李", "Zoë O'Brien-Łukasz 李"),
                arguments("ZWJ emoji: a family 👨‍👩‍👧", FAMILY, FAMILY),
                arguments("ZWJ emoji: the rainbow flag 🏳️‍🌈", RAINBOW_FLAG, RAINBOW_FLAG),
                arguments("ZWJ emoji: skin tone and a symbol 👩🏽‍⚕️", "Dr " + NURSE, "Dr " + NURSE),
                arguments("24 characters, the most", "n".repeat(24), "n".repeat(24)),
                arguments("24 families are 24 characters (120 code points)", FAMILY.repeat(24), FAMILY.repeat(24)),
                arguments("24 accented letters written with combining marks are 24 characters", "e\u0301".repeat(24), "é".repeat(24)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    @DisplayName("Accepted, and shown as NFKC with the spaces around it trimmed")
    void accepted(String why, String requested, String expectedShown) throws NicknameRefused {
        String shown = NicknameRule.shown(requested);

        assertThat(shown).as("%s: shown(%s)", why, escaped(requested)).isEqualTo(expectedShown);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("empty", "", "required"),
                arguments("only spaces, no-break ones included", " \u00A0\u3000 ", "required"),
                arguments("a zero-width space U+200B inside", "Ada\u200BLovelace", "U+200B"),
                arguments("only a zero-width space U+200B", "\u200B", "U+200B"),
                arguments("a right-to-left override U+202E", "Ada\u202Eevol", "U+202E"),
                arguments("a right-to-left isolate U+2067", "\u2067Ada", "U+2067"),
                arguments("a right-to-left mark U+200F", "Ada\u200F", "U+200F"),
                arguments("a soft hyphen U+00AD", "Ad\u00ADa", "U+00AD"),
                arguments("a byte-order mark U+FEFF", "\uFEFFAda", "U+FEFF"),
                arguments("a zero-width joiner U+200D between letters", "Ad\u200Da", "U+200D"),
                arguments("a zero-width joiner U+200D after the last emoji", "\uD83D\uDC68\u200D", "U+200D"),
                arguments("a control character (bell)", "ada\u0007", "U+0007"),
                arguments("a tab inside", "a\tb", "U+0009"),
                arguments("a line separator U+2028 inside", "Ada\u2028Lovelace", "U+2028"),
                arguments("the Hangul filler U+3164 that draws nothing (NFKC makes it U+1160)", "\u3164", "FILLER"),
                arguments("25 characters", "m".repeat(25), "at most 24"),
                arguments("25 families", FAMILY.repeat(25), "at most 24"),
                arguments("more UTF-16 units than any page sends", "e\u0301\u0301\u0301".repeat(65), "at most 24"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @DisplayName("Refused, with a reason that says what to change")
    void refused(String why, String requested, String reasonMentions) {
        Throwable thrown = catchThrowable(() -> NicknameRule.shown(requested));

        assertThat(thrown).withFailMessage("%s: shown(%s) should be refused, but it returned normally", why, escaped(requested))
                .isInstanceOf(NicknameRefused.class);
        assertThat(thrown.getMessage()).as("%s: the reason given", why).contains(reasonMentions);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                arguments("the same nickname", "Ada", "Ada", true),
                arguments("another case", "Ada", "aDA", true),
                arguments("Cyrillic а (U+0430) for Latin a", "Ada", "Ad\u0430", true),
                arguments("Cyrillic А (U+0410) for Latin A", "Ada", "\u0410da", true),
                arguments("Greek ο (U+03BF) for Latin o", "Bob", "B\u03BFb", true),
                arguments("Cyrillic В and О, capitals", "BOB", "\u0412\u041E\u0412", true),
                arguments("l (small L), I (capital i) and 1", "lan", "Ian", true),
                arguments("1 for l", "Bill", "Bi11", true),
                arguments("0 for O", "BOB", "B0B", true),
                arguments("rn for m", "Sam", "Sarn", true),
                arguments("two spaces for one", "Ada Lovelace", "Ada  Lovelace", true),
                arguments("ß and SS, by case folding", "Strauß", "STRAUSS", true),
                arguments("different names", "Ada", "Bob", false),
                arguments("an accent is visible", "Zoe", "Zoë", false),
                arguments("the family and the couple emoji", FAMILY, "\uD83D\uDC68\u200D\uD83D\uDC69", false),
                arguments("a space is visible", "Ada Lovelace", "AdaLovelace", false));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' and ''{2}''")
    @MethodSource("lookAlikes")
    @DisplayName("Look-alikes share a key; different nicknames do not")
    void lookAlikes(String why, String online, String requested, boolean alike) throws NicknameRefused {
        String onlineKey = NicknameRule.lookAlikeKey(NicknameRule.shown(online));
        String requestedKey = NicknameRule.lookAlikeKey(NicknameRule.shown(requested));

        assertThat(requestedKey.equals(onlineKey))
                .as("%s: '%s' (key '%s') and '%s' (key '%s') should %s", why, online, onlineKey, requested, requestedKey,
                        alike ? "share a key: one may pass for the other" : "have different keys: a reader tells them apart")
                .isEqualTo(alike);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("takenSentences")
    @DisplayName("The refusal names the nickname online it looks like")
    void takenSentence(String why, String requested, String online, String expected) {
        assertThat(NicknameRule.takenBy(requested, online)).as(why).isEqualTo(expected);
    }

    static Stream<Arguments> takenSentences() {
        return Stream.of(
                arguments("the same nickname", "Ada", "Ada", "'Ada' is already online: choose another nickname"),
                arguments("a look-alike", "Ad\u0430", "Ada", "'Ad\u0430' looks like 'Ada', who is online: choose another nickname"));
    }

    private static String escaped(String text) {
        StringBuilder shown = new StringBuilder("'");
        text.codePoints().forEach(c -> shown.append(c < 0x7F && c >= 0x20 ? Character.toString(c) : String.format("\\u%04X", c)));
        return shown.append("'").toString();
    }
}
