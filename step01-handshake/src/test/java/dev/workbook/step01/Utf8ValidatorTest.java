package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.UTF8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTF-8 checked byte by byte, as it arrives (RFC 3629 section 4; RFC 6455 section 8.1). */
class Utf8ValidatorTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nothing at all                                 | ''
            ASCII "Hello"                                  | 48 65 6c 6c 6f
            2 bytes: é (U+00E9)                            | c3 a9
            3 bytes: € (U+20AC)                            | e2 82 ac
            4 bytes: 𝄞 (U+1D11E)                           | f0 9d 84 9e
            κόσμε, the classic test word                   | ce ba e1 bd b9 cf 83 ce bc ce b5
            the smallest 2-byte character, U+0080          | c2 80
            the largest 2-byte character, U+07FF           | df bf
            the smallest 3-byte character, U+0800          | e0 a0 80
            the last character before the surrogates      | ed 9f bf
            the first character after the surrogates      | ee 80 80
            U+FFFF                                         | ef bf bf
            the smallest 4-byte character, U+10000         | f0 90 80 80
            the largest code point, U+10FFFF               | f4 8f bf bf
            """)
    @Tag("exercise-1.7")
    @DisplayName("Valid UTF-8 is accepted and ends on a whole character")
    void acceptsValidUtf8(String what, String hex) {
        byte[] bytes = HEX.parseHex(hex);
        Utf8Validator validator = new Utf8Validator();

        boolean accepted = validator.accept(bytes, 0, bytes.length);

        assertThat(accepted).as("%s: accept() of %s [%s]", UTF8, what, hex).isTrue();
        assertThat(validator.isComplete()).as("%s: isComplete() after %s [%s]", UTF8, what, hex).isTrue();
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("A Java string with Greek, an emoji and a euro sign is valid")
    void acceptsWhatJavaEncodes() {
        byte[] bytes = "κόσμε 🎉 costs €5".getBytes(StandardCharsets.UTF_8);

        boolean valid = Utf8Validator.isValid(bytes);

        assertThat(valid).as("%s: \"κόσμε 🎉 costs €5\" as Java encodes it [%s]", UTF8, HEX.formatHex(bytes)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            overlong 2-byte NUL                     | c0 80
            overlong 2-byte U+007F                  | c1 bf
            overlong 3-byte NUL                     | e0 80 80
            overlong 3-byte U+07FF                  | e0 9f bf
            overlong 4-byte NUL                     | f0 80 80 80
            overlong 4-byte U+FFFF                  | f0 8f bf bf
            the first surrogate, U+D800             | ed a0 80
            the last surrogate, U+DFFF              | ed bf bf
            U+110000, above the last code point     | f4 90 80 80
            a lead byte for above U+10FFFF          | f5 80 80 80
            a lone continuation byte                | 80
            a continuation byte after ASCII         | 41 bf
            the byte FE                             | fe
            the byte FF                             | ff
            a 2-byte lead followed by ASCII         | c3 41
            a 3-byte lead, then ASCII too early     | e2 82 41
            """)
    @Tag("exercise-1.7")
    @DisplayName("Invalid UTF-8 is refused")
    void refusesInvalidUtf8(String what, String hex) {
        byte[] bytes = HEX.parseHex(hex);
        Utf8Validator validator = new Utf8Validator();

        boolean accepted = validator.accept(bytes, 0, bytes.length);

        assertThat(accepted).as("%s: accept() of %s [%s] must return false", UTF8, what, hex).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            é without its second byte              | 6f 6b c3
            € without its last byte                | e2 82
            𝄞 without its last byte               | f0 9d 84
            """)
    @Tag("exercise-1.7")
    @DisplayName("Bytes that stop in the middle of a character are fine so far, but not complete")
    void truncatedSequenceIsIncomplete(String what, String hex) {
        byte[] bytes = HEX.parseHex(hex);
        Utf8Validator validator = new Utf8Validator();

        boolean accepted = validator.accept(bytes, 0, bytes.length);

        assertThat(accepted).as("%s: accept() of %s [%s]: more bytes could still complete it", UTF8, what, hex).isTrue();
        assertThat(validator.isComplete()).as("%s: isComplete() after %s [%s]", UTF8, what, hex).isFalse();
        assertThat(Utf8Validator.isValid(bytes)).as("%s: isValid() of %s [%s] as a whole", UTF8, what, hex).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} fails at byte {2}")
    @CsvSource(delimiter = '|', textBlock = """
            past U+10FFFF after "ok"       | 6f 6b f4 90 80 80 | 3
            a surrogate                    | ed a0 80          | 1
            an overlong NUL                | c0 80             | 0
            FF in the middle of κόσμε      | ce ba e1 bd ff    | 4
            an overlong 3-byte sequence    | 41 e0 80 80       | 2
            """)
    @Tag("exercise-1.7")
    @DisplayName("Fed one byte at a time, the validator refuses the very byte that makes the text invalid")
    void failsAtTheFirstInvalidByte(String what, String hex, int expectedIndex) {
        byte[] bytes = HEX.parseHex(hex);
        Utf8Validator validator = new Utf8Validator();

        int failedAt = -1;
        for (int i = 0; i < bytes.length && failedAt < 0; i++) {
            if (!validator.accept(bytes, i, 1)) {
                failedAt = i;
            }
        }

        assertThat(failedAt).as("%s: index of the first byte refused in %s [%s], fed one byte per call (-1: none refused)",
                UTF8, what, hex).isEqualTo(expectedIndex);
    }

    @ParameterizedTest(name = "{0} split after byte {2}")
    @CsvSource(delimiter = '|', textBlock = """
            €       | e2 82 ac                         | 1
            €       | e2 82 ac                         | 2
            𝄞      | f0 9d 84 9e                      | 1
            𝄞      | f0 9d 84 9e                      | 2
            𝄞      | f0 9d 84 9e                      | 3
            U+D7FF  | ed 9f bf                         | 1
            κόσμε   | ce ba e1 bd b9 cf 83 ce bc ce b5 | 3
            κόσμε   | ce ba e1 bd b9 cf 83 ce bc ce b5 | 4
            """)
    @Tag("exercise-1.7")
    @DisplayName("A character split across two pieces is valid: the validator remembers where it was")
    void characterSplitAcrossPieces(String what, String hex, int split) {
        byte[] bytes = HEX.parseHex(hex);
        Utf8Validator validator = new Utf8Validator();

        boolean firstAccepted = validator.accept(bytes, 0, split);
        boolean completeInBetween = validator.isComplete();
        boolean secondAccepted = validator.accept(bytes, split, bytes.length - split);

        assertThat(firstAccepted).as("%s: first piece of %s [%s], the first %d byte(s)", UTF8, what, hex, split).isTrue();
        assertThat(completeInBetween).as("%s: isComplete() between the pieces of %s, in the middle of a character", UTF8, what)
                .isFalse();
        assertThat(secondAccepted).as("%s: second piece of %s [%s], from byte %d", UTF8, what, hex, split).isTrue();
        assertThat(validator.isComplete()).as("%s: isComplete() after both pieces of %s", UTF8, what).isTrue();
    }

    @Test
    @Tag("exercise-1.7")
    @DisplayName("accept() looks only at the bytes from offset to offset + length")
    void looksOnlyAtTheGivenRange() {
        byte[] bytes = HEX.parseHex("ff 41 42 ff");
        Utf8Validator validator = new Utf8Validator();

        boolean accepted = validator.accept(bytes, 1, 2);

        assertThat(accepted).as("%s: accept(bytes, 1, 2) of [ff 41 42 ff] covers only 41 42", UTF8).isTrue();
    }
}
