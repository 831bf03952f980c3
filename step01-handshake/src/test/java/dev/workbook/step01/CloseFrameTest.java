package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.CLOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Close frame payloads: the status code and the reason (RFC 6455 sections 5.5.1 and 7.4). Tests that
 * parse a reason go through exercise 1.7's {@link Utf8Validator} and carry its tag too.
 */
class CloseFrameTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final String CLOSE_PAYLOAD = "CloseFrame.toPayload (given code, not an exercise)";

    @Test
    @Tag("exercise-1.9")
    @DisplayName("An empty close payload means \"no status code\" (1005)")
    void emptyPayloadHasNoStatus() throws ProtocolException {
        CloseFrame close = CloseFrame.parse(new byte[0]);

        assertThat(close.code()).as("%s: code of an empty close payload: CloseCodes.NO_STATUS", CLOSE).isEqualTo(CloseCodes.NO_STATUS);
        assertThat(close.reason()).as("%s: reason of an empty close payload", CLOSE).isEmpty();
    }

    @Test
    @Tag("exercise-1.9")
    @DisplayName("A 1-byte close payload is refused with 1002: a code takes two bytes")
    void oneBytePayloadIsRefused() {
        Throwable thrown = catchThrowable(() -> CloseFrame.parse(HEX.parseHex("03")));

        assertRefused(thrown, CloseCodes.PROTOCOL_ERROR, "the 1-byte close payload [03]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999})
    @Tag("exercise-1.9")
    @DisplayName("A code a peer may send is valid on the wire")
    void validCodes(int code) {
        boolean valid = CloseCodes.isValidOnTheWire(code);

        assertThat(valid).as("%s: isValidOnTheWire(%d)", CLOSE, code).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
    @Tag("exercise-1.9")
    @DisplayName("A close frame with a code no peer may send is refused with 1002")
    void invalidCodesAreRefused(int code) {
        byte[] payload = {(byte) (code >> 8), (byte) code};

        Throwable thrown = catchThrowable(() -> CloseFrame.parse(payload));

        assertRefused(thrown, CloseCodes.PROTOCOL_ERROR, "a close frame with code " + code + " [" + HEX.formatHex(payload) + "]");
    }

    @ParameterizedTest(name = "[{0}] -> {1} \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            03 e8                                   | 1000 | ''
            03 e9 62 79 65                          | 1001 | bye
            0f a0 e6 97 a5 e6 9c ac                 | 4000 | 日本
            """)
    @Tag("exercise-1.7")
    @Tag("exercise-1.9")
    @DisplayName("The code is read big-endian from the first two bytes, and the rest is the reason in UTF-8")
    void decodesCodeAndReason(String hex, int expectedCode, String expectedReason) throws ProtocolException {
        CloseFrame close = CloseFrame.parse(HEX.parseHex(hex));

        assertThat(close.code()).as("%s: code of the close payload [%s]", CLOSE, hex).isEqualTo(expectedCode);
        assertThat(close.reason()).as("%s: reason of the close payload [%s]", CLOSE, hex).isEqualTo(expectedReason);
    }

    @Test
    @Tag("exercise-1.7")
    @Tag("exercise-1.9")
    @DisplayName("A reason that is not UTF-8 is refused with 1007")
    void invalidUtf8ReasonIsRefused() {
        Throwable thrown = catchThrowable(() -> CloseFrame.parse(HEX.parseHex("03 e8 6f 6b c0 80")));

        assertRefused(thrown, CloseCodes.INVALID_PAYLOAD, "the close payload [03 e8 6f 6b c0 80] (reason with an overlong NUL)");
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1000 | ''
            1001 | going away
            4000 | κόσμε 🎉
            """)
    @Tag("exercise-1.7")
    @Tag("exercise-1.9")
    @DisplayName("A close frame survives a round trip through toPayload() and parse()")
    void roundTrip(int code, String reason) throws ProtocolException {
        byte[] payload = new CloseFrame(code, reason).toPayload();

        CloseFrame parsed = CloseFrame.parse(payload);

        assertThat(parsed).as("%s: parse() of toPayload() [%s] for code %d, reason \"%s\"", CLOSE, HEX.formatHex(payload), code, reason)
                .isEqualTo(new CloseFrame(code, reason));
    }

    @Test
    @Tag("exercise-1.9")
    @DisplayName("\"No status code\" is sent as an empty payload, and read back as no status code")
    void noStatusRoundTrip() throws ProtocolException {
        byte[] payload = new CloseFrame(CloseCodes.NO_STATUS, "").toPayload();

        CloseFrame parsed = CloseFrame.parse(payload);

        assertThat(payload).as("%s: toPayload() of CloseCodes.NO_STATUS (1005, never sent on the wire)", CLOSE).isEmpty();
        assertThat(parsed.code()).as("%s: parse() of the empty payload", CLOSE).isEqualTo(CloseCodes.NO_STATUS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            200 × 'a' (1 byte each)   | a  | 200 | 123
            100 × 'é' (2 bytes each)  | é  | 100 | 122
            50 × '€' (3 bytes each)   | €  | 50  | 123
            40 × '🎉' (4 bytes each)  | 🎉 | 40  | 120
            """)
    @Tag("support")
    @DisplayName("toPayload() cuts a long reason to 123 bytes, never inside a character")
    void longReasonIsCutOnACharacterBoundary(String what, String character, int count, int expectedReasonBytes) {
        String reason = character.repeat(count);

        byte[] payload = new CloseFrame(CloseCodes.NORMAL, reason).toPayload();

        String sentReason = new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        assertThat(payload).as("%s: toPayload() of code 1000 and %s: 2 code bytes + %d reason bytes",
                CLOSE_PAYLOAD, what, expectedReasonBytes).hasSize(2 + expectedReasonBytes);
        assertThat(HEX.formatHex(payload, 0, 2)).as("%s: the code 1000, big-endian", CLOSE_PAYLOAD).isEqualTo("03 e8");
        assertThat(sentReason.getBytes(StandardCharsets.UTF_8)).as("%s: the reason bytes sent must decode to whole characters",
                CLOSE_PAYLOAD).isEqualTo(Arrays.copyOfRange(payload, 2, payload.length));
        assertThat(reason).as("%s: the reason sent must be the start of %s", CLOSE_PAYLOAD, what).startsWith(sentReason);
    }

    private static void assertRefused(Throwable thrown, int closeCode, String what) {
        assertThat(thrown).as("%s: %s should be refused with a ProtocolException", CLOSE, what).isInstanceOf(ProtocolException.class);
        assertThat(((ProtocolException) thrown).closeCode()).as("%s: close code for %s", CLOSE, what).isEqualTo(closeCode);
    }
}
