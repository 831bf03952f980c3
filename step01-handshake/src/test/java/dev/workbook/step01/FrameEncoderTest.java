package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.ENCODE_FRAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Frames as this server sends them: unmasked, with the shortest length encoding (RFC 6455 section 5.2). */
class FrameEncoderTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a single-frame unmasked text message | true  | TEXT         | Hello | 81 05 48 65 6c 6c 6f
            an unmasked ping                     | true  | PING         | Hello | 89 05 48 65 6c 6c 6f
            the first fragment of a text message | false | TEXT         | Hel   | 01 03 48 65 6c
            the last fragment of a text message  | true  | CONTINUATION | lo    | 80 02 6c 6f
            a middle fragment, FIN off           | false | CONTINUATION | l     | 00 01 6c
            """)
    @Tag("exercise-1.5")
    @DisplayName("The unmasked examples of RFC 6455 section 5.7 are encoded byte for byte")
    void encodesTheRfcExamples(String what, boolean fin, Opcode opcode, String payload, String expectedHex) {
        byte[] frame = FrameEncoder.encode(fin, opcode, payload.getBytes(StandardCharsets.US_ASCII));

        assertThat(HEX.formatHex(frame)).as("%s: bytes of %s (fin=%s, %s, \"%s\")", ENCODE_FRAME, what, fin, opcode, payload)
                .isEqualTo(expectedHex);
    }

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({
        "0, 82 00",
        "125, 82 7d",
        "126, 82 7e 00 7e",
        "256, 82 7e 01 00",
        "65535, 82 7e ff ff",
        "65536, 82 7f 00 00 00 00 00 01 00 00",
        "4294967301, 82 7f 00 00 00 01 00 00 00 05"})
    @Tag("exercise-1.5")
    @DisplayName("The length takes 7 bits up to 125, 7+16 bits up to 65535, and 7+64 bits beyond, big-endian")
    void encodesTheLengthAtEachBoundary(long payloadLength, String expectedHex) {
        byte[] header = FrameEncoder.encodeHeader(true, Opcode.BINARY, payloadLength);

        assertThat(HEX.formatHex(header)).as("%s: header of a final binary frame of %d bytes", ENCODE_FRAME, payloadLength)
                .isEqualTo(expectedHex);
    }

    @Test
    @Tag("exercise-1.5")
    @DisplayName("A whole frame is its header followed by the payload, never masked")
    void encodesHeaderThenPayload() {
        byte[] payload = new byte[126];
        Arrays.fill(payload, (byte) 'x');

        byte[] frame = FrameEncoder.encode(true, Opcode.TEXT, payload);

        assertThat(frame).as("%s: frame length for a 126-byte payload (4-byte header)", ENCODE_FRAME).hasSize(130);
        assertThat(HEX.formatHex(frame, 0, 4)).as("%s: header of a 126-byte text frame; the MASK bit must be 0", ENCODE_FRAME)
                .isEqualTo("81 7e 00 7e");
        assertThat(Arrays.copyOfRange(frame, 4, frame.length)).as("%s: the payload after the header, unchanged", ENCODE_FRAME)
                .isEqualTo(payload);
    }

    @Test
    @Tag("exercise-1.5")
    @DisplayName("A close frame with no payload is two bytes, 88 00")
    void encodesAnEmptyCloseFrame() {
        byte[] frame = FrameEncoder.encode(true, Opcode.CLOSE, new byte[0]);

        assertThat(HEX.formatHex(frame)).as("%s: an empty close frame", ENCODE_FRAME).isEqualTo("88 00");
    }
}
