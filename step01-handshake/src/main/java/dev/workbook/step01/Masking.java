package dev.workbook.step01;

/**
 * Applies a frame's masking key: XOR with the key's bytes in turn. Masking and unmasking are
 * the same operation.
 *
 * <p>Clients mask so that a naive proxy cannot be fed bytes chosen by a script that look like an
 * HTTP request of the attacker's choosing (cache poisoning).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.3">RFC 6455, section 5.3</a>
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Unmasks {@code length} bytes of {@code data} from {@code offset}, in place.
     *
     * @param key the 4-byte masking key
     * @param position how many payload bytes of the frame came before {@code data[offset]}, so that
     *     a payload can be unmasked in pieces as it arrives
     */
    public static void unmask(byte[] data, int offset, int length, byte[] key, long position) {
        // BEGIN EXERCISE 1.4: XOR each byte with key[(position of the byte in the payload) % 4], in place.
        for (int i = 0; i < length; i++) {
            data[offset + i] ^= key[(int) ((position + i) & 3)];
        }
        // END EXERCISE 1.4
    }
}
