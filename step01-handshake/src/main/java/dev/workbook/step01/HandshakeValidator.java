package dev.workbook.step01;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether an HTTP request is a valid WebSocket opening handshake, and if not, which
 * status the server answers with.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.2.1">RFC 6455, section 4.2.1</a>
 */
public final class HandshakeValidator {

    /** The only protocol version this server speaks, the one RFC 6455 defines. */
    public static final String SUPPORTED_VERSION = "13";
    /** A valid {@code Sec-WebSocket-Key} is 16 random bytes, base64-encoded. */
    public static final int KEY_BYTES = 16;

    private HandshakeValidator() {
    }

    /**
     * Checks every rule of section 4.2.1 and returns the client's {@code Sec-WebSocket-Key}.
     *
     * @throws HandshakeRejected with 405 for a method other than GET, 426 (and
     *     {@code Sec-WebSocket-Version: 13}) for another version, and 400 for anything else amiss
     */
    public static String validate(HttpRequest request) throws HandshakeRejected {
        // BEGIN EXERCISE 1.2: Check the request against RFC 6455 section 4.2.1; return the client's key or throw HandshakeRejected.
        if (!request.method().equals("GET")) {
            throw new HandshakeRejected(405, "a WebSocket handshake must use GET, not " + request.method(),
                    Map.of("Allow", "GET"));
        }
        if (!isHttp11OrNewer(request.version())) {
            throw new HandshakeRejected(400, "a WebSocket handshake needs HTTP/1.1 or newer, not " + request.version());
        }
        if (request.single("Host").isEmpty()) {
            throw new HandshakeRejected(400, "missing or repeated Host header");
        }
        if (!request.hasToken("Upgrade", "websocket")) {
            throw new HandshakeRejected(400, "missing 'Upgrade: websocket' header");
        }
        if (!request.hasToken("Connection", "Upgrade")) {
            throw new HandshakeRejected(400, "missing 'Connection: Upgrade' header");
        }
        if (!request.single("Sec-WebSocket-Version").equals(Optional.of(SUPPORTED_VERSION))) {
            throw new HandshakeRejected(426, "unsupported Sec-WebSocket-Version: this server speaks " + SUPPORTED_VERSION,
                    Map.of("Sec-WebSocket-Version", SUPPORTED_VERSION));
        }
        String key = request.single("Sec-WebSocket-Key")
                .orElseThrow(() -> new HandshakeRejected(400, "missing or repeated Sec-WebSocket-Key header"));
        if (decodedLength(key) != KEY_BYTES) {
            throw new HandshakeRejected(400, "Sec-WebSocket-Key must be 16 bytes in base64");
        }
        return key;
        // END EXERCISE 1.2
    }

    private static boolean isHttp11OrNewer(String version) {
        return version.matches("HTTP/1\\.[1-9]") || version.matches("HTTP/[2-9](\\.[0-9])?");
    }

    private static int decodedLength(String key) {
        try {
            return Base64.getDecoder().decode(key).length;
        } catch (IllegalArgumentException notBase64) {
            return -1;
        }
    }
}
