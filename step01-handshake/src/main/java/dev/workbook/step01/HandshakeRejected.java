package dev.workbook.step01;

import java.util.Map;

/**
 * A request the server will not upgrade, with the HTTP status and reason it answers with.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.2.1">RFC 6455, section 4.2.1</a>
 */
public final class HandshakeRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Map<String, String> extraHeaders;

    public HandshakeRejected(int status, String reason) {
        this(status, reason, Map.of());
    }

    public HandshakeRejected(int status, String reason, Map<String, String> extraHeaders) {
        super(reason);
        this.status = status;
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    /** The HTTP status code, such as 400 or 426. */
    public int status() {
        return status;
    }

    /** Header fields the answer must carry, such as {@code Sec-WebSocket-Version: 13} with a 426. */
    public Map<String, String> extraHeaders() {
        return extraHeaders;
    }
}
