package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.DECODE_HEADER;
import static dev.workbook.step01.Step01Exercises.UNMASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Frame headers decoded from bytes (exercise 1.3), and payloads unmasked as they arrive (1.4),
 * with the examples of RFC 6455 section 5.7.
 */
class FrameReaderTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] MASKING_KEY = HEX.parseHex("37 fa 21 3d");
    private static final byte[] MASKED_HELLO = HEX.parseHex("7f 9f 4d 51 58");
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);

    static Stream<Arguments> rfcExamples() {
        return Stream.of(
                Arguments.argumentSet("a single-frame unmasked text message", "81 05", HELLO,
                        new FrameHeader(true, 0, 0x1, false, 5, null)),
                Arguments.argumentSet("a single-frame masked text message", "81 85 37 fa 21 3d", MASKED_HELLO,
                        new FrameHeader(true, 0, 0x1, true, 5, MASKING_KEY)),
                Arguments.argumentSet("the first fragment of an unmasked text message", "01 03", "Hel".getBytes(StandardCharsets.US_ASCII),
                        new FrameHeader(false, 0, 0x1, false, 3, null)),
                Arguments.argumentSet("the last fragment of an unmasked text message", "80 02", "lo".getBytes(StandardCharsets.US_ASCII),
                        new FrameHeader(true, 0, 0x0, false, 2, null)),
                Arguments.argumentSet("an unmasked ping", "89 05", HELLO,
                        new FrameHeader(true, 0, 0x9, false, 5, null)),
                Arguments.argumentSet("a masked pong", "8a 85 37 fa 21 3d", MASKED_HELLO,
                        new FrameHeader(true, 0, 0xA, true, 5, MASKING_KEY)),
                Arguments.argumentSet("256 bytes of binary (16-bit length)", "82 7e 01 00", new byte[256],
                        new FrameHeader(true, 0, 0x2, false, 256, null)),
                Arguments.argumentSet("64 KiB of binary (64-bit length)", "82 7f 00 00 00 00 00 01 00 00", new byte[65536],
                        new FrameHeader(true, 0, 0x2, false, 65536, null)));
    }

    @ParameterizedTest
    @MethodSource("rfcExamples")
    @Tag("exercise-1.3")
    @DisplayName("The header of each example of RFC 6455 section 5.7 is decoded, and reading stops where the payload starts")
    void decodesTheRfcExamples(String headerHex, byte[] payload, FrameHeader expected) throws IOException, ProtocolException {
        InputStream in = new ByteArrayInputStream(concat(HEX.parseHex(headerHex), payload));

        FrameHeader header = new FrameReader(in).readHeader();

        assertHeader(header, expected, headerHex);
        assertThat(in.readAllBytes()).as("%s: after the header [%s] the stream should hold exactly the %d payload bytes",
                DECODE_HEADER, headerHex, payload.length).isEqualTo(payload);
    }

    @Test
    @Tag("exercise-1.3")
    @DisplayName("Two fragments in a row are read one header after the other")
    void readsConsecutiveFrames() throws IOException, ProtocolException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(HEX.parseHex("01 03 48 65 6c 80 02 6c 6f")));

        FrameHeader first = reader.readHeader();
        byte[] firstPayload = reader.readSmallPayload(first);
        FrameHeader second = reader.readHeader();
        byte[] secondPayload = reader.readSmallPayload(second);

        assertHeader(first, new FrameHeader(false, 0, 0x1, false, 3, null), "01 03");
        assertHeader(second, new FrameHeader(true, 0, 0x0, false, 2, null), "80 02");
        assertThat(new String(firstPayload, StandardCharsets.US_ASCII) + new String(secondPayload, StandardCharsets.US_ASCII))
                .as("%s: the two fragments' payloads", DECODE_HEADER).isEqualTo("Hello");
    }

    @ParameterizedTest(name = "first byte {0} -> rsv {1}")
    @CsvSource({"c1, 4", "a1, 2", "91, 1", "f1, 7", "71, 7"})
    @Tag("exercise-1.3")
    @DisplayName("The three RSV bits are decoded as a number from 0 to 7, RSV1 being 4")
    void decodesReservedBits(String firstByteHex, int expectedRsv) throws IOException, ProtocolException {
        InputStream in = new ByteArrayInputStream(HEX.parseHex(firstByteHex + " 00"));

        FrameHeader header = new FrameReader(in).readHeader();

        assertThat(header).as("%s: header of [%s 00]", DECODE_HEADER, firstByteHex).isNotNull();
        assertThat(header.rsv()).as("%s: RSV bits of first byte 0x%s", DECODE_HEADER, firstByteHex).isEqualTo(expectedRsv);
        assertThat(header.opcode()).as("%s: opcode of first byte 0x%s", DECODE_HEADER, firstByteHex).isEqualTo(0x1);
        assertThat(header.fin()).as("%s: FIN of first byte 0x%s", DECODE_HEADER, firstByteHex)
                .isEqualTo(firstByteHex.charAt(0) >= '8');
    }

    @Test
    @Tag("exercise-1.3")
    @DisplayName("A 64-bit length with its most significant bit set is refused with 1002")
    void refusesA64BitLengthWithTheTopBitSet() {
        InputStream in = new ByteArrayInputStream(HEX.parseHex("82 7f 80 00 00 00 00 00 00 01"));

        Throwable thrown = catchThrowable(() -> new FrameReader(in).readHeader());

        assertThat(thrown).as("%s: the length 0x8000000000000001 (top bit set, RFC 6455 section 5.2) should be refused "
                + "with a ProtocolException", DECODE_HEADER).isInstanceOf(ProtocolException.class);
        assertThat(((ProtocolException) thrown).closeCode()).as("%s: close code for that length", DECODE_HEADER)
                .isEqualTo(CloseCodes.PROTOCOL_ERROR);
    }

    @Test
    @Tag("exercise-1.3")
    @DisplayName("A stream that ends cleanly between frames gives null, not an exception")
    void cleanEndOfStreamGivesNull() throws IOException, ProtocolException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(HEX.parseHex("81 00")));

        FrameHeader only = reader.readHeader();
        FrameHeader afterTheLast = reader.readHeader();

        assertThat(only).as("%s: the empty text frame [81 00] before the end", DECODE_HEADER).isNotNull();
        assertThat(only.payloadLength()).as("%s: payload length of [81 00]", DECODE_HEADER).isZero();
        assertThat(afterTheLast).as("%s: readHeader at the end of the stream", DECODE_HEADER).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"81", "81 7e 01", "82 7f 00 00 00 00 00", "81 85 37 fa"})
    @Tag("exercise-1.3")
    @DisplayName("A stream that ends inside a header gives EOFException")
    void endOfStreamInsideAHeader(String truncatedHex) {
        InputStream in = new ByteArrayInputStream(HEX.parseHex(truncatedHex));

        Throwable thrown = catchThrowable(() -> new FrameReader(in).readHeader());

        assertThat(thrown).as("%s: reading the cut-off header [%s]", DECODE_HEADER, truncatedHex).isInstanceOf(EOFException.class);
    }

    @Test
    @Tag("exercise-1.4")
    @DisplayName("The masked \"Hello\" of RFC 6455 section 5.7 is unmasked")
    void unmasksTheRfcExample() throws IOException, ProtocolException {
        FrameHeader header = new FrameHeader(true, 0, 0x1, true, 5, MASKING_KEY);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(MASKED_HELLO));

        byte[] payload = reader.readSmallPayload(header);

        assertThat(new String(payload, StandardCharsets.US_ASCII))
                .as("%s: payload [7f 9f 4d 51 58] unmasked with key [37 fa 21 3d]", UNMASK).isEqualTo("Hello");
    }

    @ParameterizedTest(name = "{0} byte(s) per read")
    @CsvSource({"1", "2", "3", "5", "7"})
    @Tag("exercise-1.4")
    @DisplayName("A payload that arrives a few bytes at a time is unmasked right, whatever the size of the pieces")
    void unmasksAPayloadThatArrivesInPieces(int bytesPerRead) throws IOException, ProtocolException {
        byte[] text = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        byte[] masked = xor(text, MASKING_KEY);
        FrameHeader header = new FrameHeader(true, 0, 0x1, true, text.length, MASKING_KEY);
        FrameReader reader = new FrameReader(new TricklingInputStream(masked, bytesPerRead));
        ByteArrayOutputStream received = new ByteArrayOutputStream();

        reader.readPayload(header, received::write);

        assertThat(received.toString(StandardCharsets.US_ASCII))
                .as("%s: a payload read %d byte(s) at a time, so most pieces start at a position that is not a multiple of 4",
                        UNMASK, bytesPerRead)
                .isEqualTo("The quick brown fox jumps over the lazy dog");
    }

    private static void assertHeader(FrameHeader actual, FrameHeader expected, String headerHex) {
        assertThat(actual).as("%s: header decoded from [%s]", DECODE_HEADER, headerHex).isNotNull();
        assertThat(actual.fin()).as("%s: FIN of [%s]", DECODE_HEADER, headerHex).isEqualTo(expected.fin());
        assertThat(actual.rsv()).as("%s: RSV bits of [%s]", DECODE_HEADER, headerHex).isEqualTo(expected.rsv());
        assertThat(actual.opcode()).as("%s: opcode of [%s]", DECODE_HEADER, headerHex).isEqualTo(expected.opcode());
        assertThat(actual.masked()).as("%s: MASK bit of [%s]", DECODE_HEADER, headerHex).isEqualTo(expected.masked());
        assertThat(actual.payloadLength()).as("%s: payload length of [%s]", DECODE_HEADER, headerHex).isEqualTo(expected.payloadLength());
        assertThat(actual.maskingKey()).as("%s: masking key of [%s]", DECODE_HEADER, headerHex).isEqualTo(expected.maskingKey());
    }

    private static byte[] xor(byte[] data, byte[] key) {
        byte[] result = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            result[i] = (byte) (data[i] ^ key[i % key.length]);
        }
        return result;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Hands out at most {@code piece} bytes per read, as a slow network does. */
    private static final class TricklingInputStream extends FilterInputStream {
        private final int piece;

        TricklingInputStream(byte[] data, int piece) {
            super(new ByteArrayInputStream(data));
            this.piece = piece;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, piece));
        }
    }
}
