package dev.workbook.testkit;

import java.util.List;

/**
 * Opening handshakes that break a rule of RFC 6455, section 4.2.1, with the answer section 4.2.2
 * asks for: the same list for step 01's hand-written server and step 02's checks on Java-WebSocket.
 */
public final class BadHandshakes {

    private BadHandshakes() {
    }

    /**
     * One bad handshake.
     *
     * @param what what is wrong with it, for the test's name
     * @param request the request head, without its final empty line
     * @param status the status it must get
     * @param mentions what the answer must contain: a word of the reason, or a header it must carry
     */
    public record BadHandshake(String what, String request, int status, String mentions) {
        @Override
        public String toString() {
            return what;
        }
    }

    /** Each rule broken once. */
    public static List<BadHandshake> all() {
        String key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        String version = "Sec-WebSocket-Version: 13\r\n";
        String upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
        String host = "Host: 127.0.0.1\r\n";
        return List.of(
                new BadHandshake("no Sec-WebSocket-Key", "GET / HTTP/1.1\r\n" + host + upgrade + version, 400, "Sec-WebSocket-Key"),
                new BadHandshake("a key that is 15 bytes, not 16", "GET / HTTP/1.1\r\n" + host + upgrade + version
                        + "Sec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAA\r\n", 400, "16 bytes"),
                new BadHandshake("a key that is not base64", "GET / HTTP/1.1\r\n" + host + upgrade + version
                        + "Sec-WebSocket-Key: not*base64*at*all!!!!!!\r\n", 400, "16 bytes"),
                new BadHandshake("Sec-WebSocket-Version: 25", "GET / HTTP/1.1\r\n" + host + upgrade + key
                        + "Sec-WebSocket-Version: 25\r\n", 426, "Sec-WebSocket-Version: 13"),
                new BadHandshake("POST instead of GET", "POST / HTTP/1.1\r\n" + host + upgrade + key + version, 405, "GET"),
                new BadHandshake("no Upgrade: websocket", "GET / HTTP/1.1\r\n" + host + "Connection: Upgrade\r\n" + key + version, 400,
                        "Upgrade"),
                new BadHandshake("Connection: keep-alive only", "GET / HTTP/1.1\r\n" + host + "Upgrade: websocket\r\n"
                        + "Connection: keep-alive\r\n" + key + version, 400, "Connection"),
                new BadHandshake("HTTP/1.0", "GET / HTTP/1.0\r\n" + host + upgrade + key + version, 400, "HTTP/1.1"),
                new BadHandshake("no Host", "GET / HTTP/1.1\r\n" + upgrade + key + version, 400, "Host"));
    }
}
