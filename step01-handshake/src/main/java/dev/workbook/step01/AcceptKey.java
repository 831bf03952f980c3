package dev.workbook.step01;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Computes the {@code Sec-WebSocket-Accept} value that proves a server understood a WebSocket
 * handshake.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.2.2">RFC 6455, section 4.2.2</a>
 */
public final class AcceptKey {

    /** The GUID every WebSocket server appends to the client's key; no HTTP server would know it. */
    // tag::websocket-guid[]
    public static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    // end::websocket-guid[]

    private AcceptKey() {
    }

    /** Returns base64(SHA-1(clientKey + WEBSOCKET_GUID)) for the client's {@code Sec-WebSocket-Key}. */
    public static String of(String clientKey) {
        // BEGIN EXERCISE 1.1: Return base64(SHA-1(clientKey + WEBSOCKET_GUID)).
        byte[] digest = sha1().digest((clientKey + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(digest);
        // END EXERCISE 1.1
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }
}
