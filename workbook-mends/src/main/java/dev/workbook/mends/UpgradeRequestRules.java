package dev.workbook.mends;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of RFC 6455, section 4.2.1, for a client's opening handshake, and the answer of section
 * 4.2.2 to one that breaks them: Java-WebSocket 1.6.0 answers most such requests with 404, or
 * upgrades them.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.2.1">RFC 6455, section 4.2.1: reading the client's opening handshake</a>
 */
final class UpgradeRequestRules {

    private static final int KEY_BYTES = 16;

    private UpgradeRequestRules() {
    }

    /**
     * What a refused request is answered.
     *
     * @param status 400, 405 or 426
     * @param reason what was wrong, for people
     * @param headers more header lines, each ending in CRLF
     */
    record Refusal(int status, String reason, String headers) {

        /** The whole HTTP answer; the connection is closed after it. */
        byte[] toHttp() {
            byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
            String phrase = switch (status) {
                case 405 -> "Method Not Allowed";
                case 426 -> "Upgrade Required";
                default -> "Bad Request";
            };
            String head = "HTTP/1.1 " + status + " " + phrase + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n" + headers + "\r\n";
            byte[] answer = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + body.length);
            System.arraycopy(body, 0, answer, head.length(), body.length);
            return answer;
        }
    }

    /** Why the request head (request line and headers, without the empty line) is refused, or null to let it in. */
    static Refusal refusalOf(String head) {
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = headers(lines);
        if (requestLine.length != 3) {
            return bad("the request line should be: GET /path HTTP/1.1");
        }
        if (!requestLine[0].equals("GET")) {
            return new Refusal(405, "a WebSocket handshake is a GET, not a " + requestLine[0], "Allow: GET\r\n");
        }
        if (!requestLine[2].equals("HTTP/1.1")) {
            return bad("a WebSocket handshake needs HTTP/1.1, not " + requestLine[2]);
        }
        if (!headers.containsKey("host")) {
            return bad("a WebSocket handshake needs a Host header");
        }
        if (!hasToken(headers.get("upgrade"), "websocket")) {
            return bad("a WebSocket handshake needs Upgrade: websocket");
        }
        if (!hasToken(headers.get("connection"), "upgrade")) {
            return bad("a WebSocket handshake needs Connection: Upgrade");
        }
        if (!"13".equals(headers.get("sec-websocket-version"))) {
            return new Refusal(426, "this server speaks WebSocket version 13", "Sec-WebSocket-Version: 13\r\nUpgrade: websocket\r\n");
        }
        return isKey(headers.get("sec-websocket-key")) ? null : bad("Sec-WebSocket-Key must be 16 bytes in base64");
    }

    private static Refusal bad(String reason) {
        return new Refusal(400, reason, "");
    }

    /** Header names in lower case; a repeated header's values joined with commas, as HTTP allows. */
    private static Map<String, String> headers(String[] lines) {
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (first, more) -> first + "," + more);
            }
        }
        return headers;
    }

    private static boolean hasToken(String value, String token) {
        return value != null && Arrays.stream(value.split(",")).map(String::trim).anyMatch(token::equalsIgnoreCase);
    }

    private static boolean isKey(String key) {
        try {
            return key != null && Base64.getDecoder().decode(key).length == KEY_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
