package dev.workbook.step01;

/**
 * The close status codes this server sends, and the rule for which codes a peer may send.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-7.4">RFC 6455, section 7.4</a>
 */
public final class CloseCodes {

    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int PROTOCOL_ERROR = 1002;
    public static final int INVALID_PAYLOAD = 1007;
    public static final int MESSAGE_TOO_BIG = 1009;
    public static final int INTERNAL_ERROR = 1011;
    /** Stands for "no code in the close frame"; never sent on the wire. */
    public static final int NO_STATUS = 1005;

    private CloseCodes() {
    }

    /**
     * Whether a peer may put this code in a close frame: the codes the RFC and IANA define
     * (1000-1003, 1007-1014) and those for libraries and applications (3000-4999). 1004, 1005,
     * 1006 and 1015 are reserved and never sent.
     */
    public static boolean isValidOnTheWire(int code) {
        // BEGIN EXERCISE 1.9: Return true only for the close codes a peer may send (RFC 6455 section 7.4).
        return (code >= 1000 && code <= 1003)
                || (code >= 1007 && code <= 1014)
                || (code >= 3000 && code <= 4999);
        // END EXERCISE 1.9
    }
}
