package dev.workbook.step01;

import java.time.Duration;

/**
 * How the hand-written server listens and what it tolerates.
 *
 * @param host the address to listen on; 127.0.0.1 keeps it on this machine
 * @param port the port, or 0 to let the OS choose one
 * @param maxMessageBytes the largest message accepted; larger ones are refused with 1009
 * @param handshakeTimeout how long a client may take to send its request head before it is dropped
 * @param idleTimeout how long a connection may stay silent before it is closed with 1001 (zero: forever)
 * @param maxConnections how many connections at once; more are answered with 503
 */
public record ServerSettings(String host, int port, long maxMessageBytes, Duration handshakeTimeout,
                             Duration idleTimeout, int maxConnections) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

    /** Listens on 127.0.0.1 at {@code port} with the default limits. */
    public static ServerSettings onPort(int port) {
        return new ServerSettings(DEFAULT_HOST, port, DEFAULT_MAX_MESSAGE_BYTES, Duration.ofSeconds(10),
                Duration.ofMinutes(10), 10_000);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, maxMessageBytes, handshakeTimeout, idleTimeout, maxConnections);
    }

    public ServerSettings withMaxMessageBytes(long newMax) {
        return new ServerSettings(host, port, newMax, handshakeTimeout, idleTimeout, maxConnections);
    }

    public ServerSettings withHandshakeTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, maxMessageBytes, newTimeout, idleTimeout, maxConnections);
    }

    public ServerSettings withIdleTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, maxMessageBytes, handshakeTimeout, newTimeout, maxConnections);
    }

    public ServerSettings withMaxConnections(int newMax) {
        return new ServerSettings(host, port, maxMessageBytes, handshakeTimeout, idleTimeout, newMax);
    }
}
