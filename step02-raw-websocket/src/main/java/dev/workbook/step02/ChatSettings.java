package dev.workbook.step02;

import java.time.Clock;
import java.time.Duration;

/**
 * How the chat server listens and what it tolerates.
 *
 * @param host the address to listen on; 127.0.0.1 keeps it on this machine
 * @param port the port, or 0 to let the OS choose
 * @param heartbeat how often the server pings every client; at each ping it drops a client whose last
 *     pong is older than 1.5 times this (Java-WebSocket's connection-lost timeout; messages do not count)
 * @param maxFrameBytes the largest frame accepted; a larger one closes the connection with 1009
 * @param clock what stamps every message and presence with its time; tests pass a fixed one
 */
public record ChatSettings(String host, int port, Duration heartbeat, int maxFrameBytes, Clock clock) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Room for the longest chat text in JSON, with every character escaped. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024;

    /** On 127.0.0.1 at {@code port}, pinging every 30 seconds. */
    public static ChatSettings onPort(int port) {
        return new ChatSettings(DEFAULT_HOST, port, Duration.ofSeconds(30), DEFAULT_MAX_FRAME_BYTES, Clock.systemUTC());
    }

    public ChatSettings withHost(String newHost) {
        return new ChatSettings(newHost, port, heartbeat, maxFrameBytes, clock);
    }

    public ChatSettings withPort(int newPort) {
        return new ChatSettings(host, newPort, heartbeat, maxFrameBytes, clock);
    }

    public ChatSettings withClock(Clock newClock) {
        return new ChatSettings(host, port, heartbeat, maxFrameBytes, newClock);
    }

    /** Java-WebSocket counts the heartbeat in whole seconds. */
    public ChatSettings withHeartbeat(Duration newHeartbeat) {
        return new ChatSettings(host, port, newHeartbeat, maxFrameBytes, clock);
    }
}
