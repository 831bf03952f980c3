package dev.workbook.step01;

/**
 * The rules every frame from a client must follow before the server reads its payload; a frame
 * that breaks one fails the connection with 1002 (protocol error).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.1">RFC 6455, sections 5.1, 5.2 and 5.5</a>
 */
public final class FrameRules {

    /** Control frames carry at most 125 bytes, so that they fit in a single short header. */
    public static final int MAX_CONTROL_PAYLOAD = 125;

    private FrameRules() {
    }

    /** Throws with close code 1002 when the header breaks a rule of RFC 6455. */
    public static void check(FrameHeader header) throws ProtocolException {
        // BEGIN EXERCISE 1.6: Refuse with 1002: RSV bits set, a reserved opcode, an unmasked frame, a fragmented or long control frame.
        if (header.rsv() != 0) {
            throw protocolError("RSV bits set, but no extension was negotiated");
        }
        Opcode opcode = header.knownOpcode();
        if (opcode == null) {
            throw protocolError("reserved opcode 0x" + Integer.toHexString(header.opcode()));
        }
        if (!header.masked()) {
            throw protocolError("frames from a client must be masked");
        }
        if (opcode.isControl() && !header.fin()) {
            throw protocolError("control frames must not be fragmented");
        }
        if (opcode.isControl() && header.payloadLength() > MAX_CONTROL_PAYLOAD) {
            throw protocolError("control frame payload longer than " + MAX_CONTROL_PAYLOAD + " bytes");
        }
        // END EXERCISE 1.6
    }

    private static ProtocolException protocolError(String reason) {
        return new ProtocolException(CloseCodes.PROTOCOL_ERROR, reason);
    }
}
