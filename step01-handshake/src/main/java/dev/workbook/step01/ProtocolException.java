package dev.workbook.step01;

/**
 * A peer broke the WebSocket protocol: the server fails the connection with this close code.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-7.1.7">RFC 6455, section 7.1.7</a>
 */
public final class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int closeCode;

    public ProtocolException(int closeCode, String reason) {
        super(reason);
        this.closeCode = closeCode;
    }

    /** The close code to send, such as {@link CloseCodes#PROTOCOL_ERROR}. */
    public int closeCode() {
        return closeCode;
    }
}
