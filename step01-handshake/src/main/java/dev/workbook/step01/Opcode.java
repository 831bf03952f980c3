package dev.workbook.step01;

/**
 * The kinds of WebSocket frame: data frames carry messages, control frames manage the connection.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.2">RFC 6455, section 5.2</a>
 */
public enum Opcode {
    CONTINUATION(0x0),
    TEXT(0x1),
    BINARY(0x2),
    CLOSE(0x8),
    PING(0x9),
    PONG(0xA);

    private final int code;

    Opcode(int code) {
        this.code = code;
    }

    /** The 4-bit value on the wire. */
    public int code() {
        return code;
    }

    /** Control frames (close, ping, pong) have the high bit of the opcode set. */
    public boolean isControl() {
        return (code & 0x8) != 0;
    }

    /** The opcode with this wire value, or {@code null} for the reserved values 3-7 and 11-15. */
    public static Opcode fromCode(int code) {
        for (Opcode opcode : values()) {
            if (opcode.code == code) {
                return opcode;
            }
        }
        return null;
    }
}
