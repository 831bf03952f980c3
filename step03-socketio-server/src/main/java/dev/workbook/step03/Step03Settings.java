package dev.workbook.step03;

import dev.workbook.pages.StepSettings;
import java.time.Duration;

/**
 * How step 03 runs, from system properties with defaults: {@code workbook.host},
 * {@code step03.webPort}, {@code step03.socketPort}, {@code step03.token} (none by default) and
 * {@code step03.pingInterval} / {@code step03.pingTimeout} and {@code step03.ackTimeout} in
 * milliseconds.
 *
 * @param host the address both servers listen on; 0.0.0.0 lets a classroom in
 * @param webPort the page's port
 * @param socketPort the Socket.IO server's port, or 0 for any free one
 * @param token a token every client must send in its handshake, or null for none
 * @param pingInterval how often the server pings (Engine.IO heartbeat)
 * @param pingTimeout how long a client may stay silent after a ping before it is dropped
 * @param ackTimeout how long the page's Socket.IO client waits for a message's acknowledgement
 *     before it sends the message again; served to the page as {@code ackTimeoutMillis}
 */
public record Step03Settings(String host, int webPort, int socketPort, String token, Duration pingInterval,
                             Duration pingTimeout, Duration ackTimeout) implements StepSettings<Step03Settings> {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_WEB_PORT = 8030;
    public static final int DEFAULT_SOCKET_PORT = 8031;
    /**
     * Shorter than Socket.IO's 25 s, as in step 04: a client moving from long polling to WebSocket
     * can wait for the next ping before its upgrade completes, holding its messages back (the lesson's
     * "Heartbeats").
     */
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_PING_TIMEOUT = Duration.ofSeconds(10);
    /** Long enough for a loaded server to answer; a message waited out is sent again (the lesson's exercise 3.6). */
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(5);

    /** The settings from system properties, with the defaults above. */
    public static Step03Settings fromSystemProperties() {
        return new Step03Settings(
                System.getProperty("workbook.host", DEFAULT_HOST),
                Integer.getInteger("step03.webPort", DEFAULT_WEB_PORT),
                Integer.getInteger("step03.socketPort", DEFAULT_SOCKET_PORT),
                System.getProperty("step03.token"),
                Duration.ofMillis(Long.getLong("step03.pingInterval", DEFAULT_PING_INTERVAL.toMillis())),
                Duration.ofMillis(Long.getLong("step03.pingTimeout", DEFAULT_PING_TIMEOUT.toMillis())),
                Duration.ofMillis(Long.getLong("step03.ackTimeout", DEFAULT_ACK_TIMEOUT.toMillis())));
    }

    /**
     * On 127.0.0.1, both servers on free ports, no token, and a ping every 250 ms (for tests): a
     * client moving from long polling to WebSocket can wait for the next ping before its upgrade
     * completes, which even a 5-second heartbeat makes a wait no test should sit out (step 04's
     * lesson, "A heartbeat of 5 seconds, and why"); and an ack timeout of 1 s, so that a test of a
     * message that outlasts it waits seconds, not many.
     */
    public static Step03Settings forTests() {
        return new Step03Settings(DEFAULT_HOST, 0, 0, null, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    @Override
    public Step03Settings onFreePorts() {
        return withWebPort(0).withSocketPort(0);
    }

    public Step03Settings withToken(String newToken) {
        return new Step03Settings(host, webPort, socketPort, newToken, pingInterval, pingTimeout, ackTimeout);
    }

    public Step03Settings withSocketPort(int newPort) {
        return new Step03Settings(host, webPort, newPort, token, pingInterval, pingTimeout, ackTimeout);
    }

    public Step03Settings withWebPort(int newPort) {
        return new Step03Settings(host, newPort, socketPort, token, pingInterval, pingTimeout, ackTimeout);
    }

    public Step03Settings withHeartbeat(Duration interval, Duration timeout) {
        return new Step03Settings(host, webPort, socketPort, token, interval, timeout, ackTimeout);
    }
}
