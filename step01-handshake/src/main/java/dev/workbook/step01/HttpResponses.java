package dev.workbook.step01;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the two kinds of answer a handshake can get: 101 Switching Protocols, or an error. */
public final class HttpResponses {

    private static final int UPGRADE_REQUIRED = 426;

    private HttpResponses() {
    }

    /**
     * The answer that completes the handshake: after its blank line, both sides speak WebSocket.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.2.2">RFC 6455, section 4.2.2</a>
     */
    // tag::switching-protocols[]
    public static String switchingProtocols(String clientKey) {
        return "HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + AcceptKey.of(clientKey) + "\r\n"
                + "\r\n";
    }
    // end::switching-protocols[]

    /**
     * A plain-text error answer that says why, after which the server closes the connection. A 426
     * also names the protocol to upgrade to, {@code Upgrade: websocket}, which RFC 9110 requires of
     * every 426, whatever else the validator put in {@code extraHeaders}.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110, section 15.5.22: 426 Upgrade Required</a>
     */
    public static String error(int status, String reason, Map<String, String> extraHeaders) {
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ").append(status).append(' ').append(reasonPhrase(status)).append("\r\n")
                .append("Content-Type: text/plain; charset=utf-8\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        if (status == UPGRADE_REQUIRED && !extraHeaders.containsKey("Upgrade")) {
            head.append("Upgrade: websocket\r\n");
        }
        extraHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString() + new String(body, StandardCharsets.UTF_8);
    }

    private static String reasonPhrase(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 405: return "Method Not Allowed";
            case 408: return "Request Timeout";
            case 426: return "Upgrade Required";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Error";
        }
    }
}
