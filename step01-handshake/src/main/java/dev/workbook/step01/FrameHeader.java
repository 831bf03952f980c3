package dev.workbook.step01;

/**
 * The fields at the start of every WebSocket frame, as decoded from the wire.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-------+-+-------------+-------------------------------+
 * |F|R|R|R| opcode|M| Payload len |    Extended payload length    |
 * |I|S|S|S|  (4)  |A|     (7)     |             (16/64)           |
 * |N|V|V|V|       |S|             |   (if payload len==126/127)   |
 * | |1|2|3|       |K|             |                               |
 * +-+-+-+-+-------+-+-------------+ - - - - - - - - - - - - - - - +
 * </pre>
 *
 * @param fin whether this is the last frame of its message
 * @param rsv the three reserved bits as a number from 0 to 7 (RSV1 is 4); must be 0 without an extension
 * @param opcode the 4-bit opcode as sent, reserved values included
 * @param masked whether a masking key follows the length
 * @param payloadLength the payload length in bytes, after the 16- or 64-bit extension
 * @param maskingKey the 4-byte masking key, or {@code null} when the frame is not masked
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.2">RFC 6455, section 5.2</a>
 */
public record FrameHeader(boolean fin, int rsv, int opcode, boolean masked, long payloadLength, byte[] maskingKey) {

    /** A header for a frame this server sends: servers never mask. */
    public static FrameHeader unmasked(boolean fin, Opcode opcode, long payloadLength) {
        return new FrameHeader(fin, 0, opcode.code(), false, payloadLength, null);
    }

    /** The opcode, or {@code null} when the frame uses a reserved one. */
    public Opcode knownOpcode() {
        return Opcode.fromCode(opcode);
    }
}
