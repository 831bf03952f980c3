package dev.workbook.bench.load;

import java.net.URI;

/**
 * The bench protocol in the two dialects the servers speak: bare WebSocket text frames, and
 * Engine.IO v4 / Socket.IO v4 packets written by hand (no official client: it costs the load
 * generator twice the CPU).
 *
 * @see <a href="https://socket.io/docs/v4/socket-io-protocol/">the Socket.IO v4 protocol</a>
 */
public enum Protocol {
    /** {@code j} joins, {@code b<payload>} broadcasts, {@code e<payload>} comes back as it is. */
    RAW,
    /** {@code 42<id>["echo",..]} is acked with {@code 43<id>[..]}; {@code broadcast} arrives as {@code 42["b",..]}. */
    SOCKET_IO;

    /** The Engine.IO packet the server sends first, with the session id. */
    public static final char ENGINE_OPEN = '0';
    /** An Engine.IO ping; the client answers {@link #ENGINE_PONG} (v4: the server pings). */
    public static final String ENGINE_PING = "2";
    public static final String ENGINE_PONG = "3";
    /** A Socket.IO CONNECT to the default namespace; the server answers the same type with its sid. */
    public static final String CONNECT = "40";
    static final int ECHO_ACK_ID = 1;
    static final int JOIN_ACK_ID = 2;

    /** What a text frame from the server means. */
    public enum Kind { OPENED, CONNECTED, PING, ECHOED, JOINED, BROADCAST, OTHER }

    public URI uri(int port) {
        return this == RAW ? URI.create("ws://127.0.0.1:" + port + "/")
                : URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket");
    }

    public String echo(String payload) {
        return this == RAW ? "e" + payload : "42" + ECHO_ACK_ID + "[\"echo\",\"" + payload + "\"]";
    }

    public String join() {
        return this == RAW ? "j" : "42" + JOIN_ACK_ID + "[\"join\",\"r\"]";
    }

    public String broadcast(String payload) {
        return this == RAW ? "b" + payload : "42[\"broadcast\",\"" + payload + "\"]";
    }

    /** What {@code text} is; for raw WebSocket servers a connection counts as connected once it is open. */
    public Kind kindOf(String text) {
        if (this == RAW) {
            return text.equals("j") ? Kind.JOINED : text.startsWith("b") ? Kind.BROADCAST : Kind.ECHOED;
        }
        if (text.equals(ENGINE_PING)) {
            return Kind.PING;
        }
        if (text.startsWith("42[\"b\"")) {
            return Kind.BROADCAST;
        }
        if (text.startsWith("43" + ECHO_ACK_ID + "[")) {
            return Kind.ECHOED;
        }
        if (text.startsWith("43" + JOIN_ACK_ID + "[")) {
            return Kind.JOINED;
        }
        if (text.startsWith(CONNECT)) {
            return Kind.CONNECTED;
        }
        return text.charAt(0) == ENGINE_OPEN ? Kind.OPENED : Kind.OTHER;
    }

    /** The payload of an echo or a broadcast: the raw frame after its letter, or the last quoted string. */
    public String payloadOf(String text) {
        if (this == RAW) {
            return text.substring(1);
        }
        int end = text.lastIndexOf('"');
        return text.substring(text.lastIndexOf('"', end - 1) + 1, end);
    }
}
