package dev.workbook.step01;

/**
 * Encodes the frames this server sends. A server never masks its frames.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.2">RFC 6455, section 5.2</a>
 */
public final class FrameEncoder {

    /** Payloads up to this length fit in the 7-bit length field. */
    public static final int MAX_7_BIT_LENGTH = 125;
    /** Marks a 16-bit extended length; payloads up to 65535 bytes use it. */
    public static final int LENGTH_16_BIT = 126;
    /** Marks a 64-bit extended length. */
    public static final int LENGTH_64_BIT = 127;

    private FrameEncoder() {
    }

    /** A whole frame, header and payload, ready to write to the socket. */
    public static byte[] encode(boolean fin, Opcode opcode, byte[] payload) {
        byte[] header = encodeHeader(fin, opcode, payload.length);
        byte[] frame = new byte[header.length + payload.length];
        System.arraycopy(header, 0, frame, 0, header.length);
        System.arraycopy(payload, 0, frame, header.length, payload.length);
        return frame;
    }

    /** The header of an unmasked frame: 2, 4 or 10 bytes, with the shortest length encoding. */
    public static byte[] encodeHeader(boolean fin, Opcode opcode, long payloadLength) {
        // BEGIN EXERCISE 1.5: Encode FIN and the opcode, then the length in 7, 7+16 or 7+64 bits, big-endian, unmasked.
        int first = (fin ? 0x80 : 0) | opcode.code();
        if (payloadLength <= MAX_7_BIT_LENGTH) {
            return new byte[] {(byte) first, (byte) payloadLength};
        }
        int extensionBytes = payloadLength <= 0xFFFF ? 2 : 8;
        byte[] header = new byte[2 + extensionBytes];
        header[0] = (byte) first;
        header[1] = (byte) (extensionBytes == 2 ? LENGTH_16_BIT : LENGTH_64_BIT);
        for (int i = 0; i < extensionBytes; i++) {
            header[header.length - 1 - i] = (byte) (payloadLength >>> (8 * i));
        }
        return header;
        // END EXERCISE 1.5
    }
}
