package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.UNMASK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** XOR with the masking key, in place, at any position in the payload (RFC 6455 section 5.3). */
class MaskingTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] KEY = HEX.parseHex("37 fa 21 3d");

    @Test
    @Tag("exercise-1.4")
    @DisplayName("The masked \"Hello\" of RFC 6455 section 5.7 unmasks to Hello")
    void unmasksTheRfcExample() {
        byte[] data = HEX.parseHex("7f 9f 4d 51 58");

        Masking.unmask(data, 0, data.length, KEY, 0);

        assertThat(new String(data, StandardCharsets.US_ASCII))
                .as("%s: [7f 9f 4d 51 58] unmasked with key [37 fa 21 3d] from position 0", UNMASK).isEqualTo("Hello");
    }

    @ParameterizedTest(name = "split after byte {0}")
    @ValueSource(ints = {1, 2, 3, 5, 6, 7})
    @Tag("exercise-1.4")
    @DisplayName("A payload unmasked in two pieces, the second from a non-zero position, equals one unmasked whole")
    void unmasksInPieces(int split) {
        byte[] data = maskFromPositionZero("Hello, World".getBytes(StandardCharsets.US_ASCII));

        Masking.unmask(data, 0, split, KEY, 0);
        Masking.unmask(data, split, data.length - split, KEY, split);

        assertThat(new String(data, StandardCharsets.US_ASCII))
                .as("%s: \"Hello, World\" unmasked in two pieces; the second starts at payload position %d, so with key byte %d",
                        UNMASK, split, split % 4)
                .isEqualTo("Hello, World");
    }

    @Test
    @Tag("exercise-1.4")
    @DisplayName("Only the bytes from offset to offset + length change")
    void unmasksOnlyTheGivenRange() {
        byte[] data = HEX.parseHex("00 00 7f 9f 4d 51 58 00");

        Masking.unmask(data, 2, 5, KEY, 0);

        assertThat(data).as("%s: unmasking 5 bytes from offset 2 of [00 00 7f 9f 4d 51 58 00]", UNMASK)
                .isEqualTo(HEX.parseHex("00 00 48 65 6c 6c 6f 00"));
    }

    @ParameterizedTest(name = "position {0} -> first key byte {1}")
    @CsvSource({"4, 0", "6, 2", "2147483649, 1", "4294967299, 3"})
    @Tag("exercise-1.4")
    @DisplayName("The key byte follows the position in the payload, even past 2 GiB")
    void keyByteFollowsThePosition(long position, int keyIndex) {
        byte[] data = new byte[4];

        Masking.unmask(data, 0, data.length, KEY, position);

        assertThat(data).as("%s: zero bytes unmasked from payload position %d start with key byte %d", UNMASK, position, keyIndex)
                .isEqualTo(rotate(KEY, keyIndex));
    }

    /** The test's own masking, to check against. */
    private static byte[] maskFromPositionZero(byte[] plain) {
        byte[] masked = new byte[plain.length];
        for (int i = 0; i < plain.length; i++) {
            masked[i] = (byte) (plain[i] ^ KEY[i % 4]);
        }
        return masked;
    }

    private static byte[] rotate(byte[] key, int start) {
        byte[] rotated = new byte[key.length];
        for (int i = 0; i < key.length; i++) {
            rotated[i] = key[(start + i) % key.length];
        }
        return rotated;
    }
}
