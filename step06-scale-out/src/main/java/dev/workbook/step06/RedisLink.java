package dev.workbook.step06;

import java.io.IOException;
import java.time.Duration;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.EqualJitterDelay;
import org.redisson.config.SingleServerConfig;

/** Connects a node to the Redis every node shares, or says clearly where it looked and how to choose another. */
public final class RedisLink {

    /** A node that cannot reach Redis waits this long before it says so, at start and on each command later. */
    private static final int TIMEOUT_MILLIS = 2_000;
    private static final Duration RECONNECT_BASE = Duration.ofMillis(50);
    private static final Duration RECONNECT_MAX = Duration.ofMillis(500);

    private RedisLink() {
    }

    /** A Redisson client for {@code node}, connected to {@code address} ({@code redis://host:port}). */
    public static RedissonClient connect(String node, String address) throws IOException {
        Config config = new Config();
        config.setThreads(2).setNettyThreads(4);
        SingleServerConfig server = config.useSingleServer()
                .setAddress(address)
                .setClientName("workbook-" + node)
                .setConnectTimeout(TIMEOUT_MILLIS)
                .setTimeout(TIMEOUT_MILLIS)
                .setRetryAttempts(1)
                // Redisson's default backs off up to 10 s between reconnections: a chat would stay deaf that long after Redis is back.
                .setReconnectionDelay(new EqualJitterDelay(RECONNECT_BASE, RECONNECT_MAX))
                .setConnectionMinimumIdleSize(2)
                .setConnectionPoolSize(16);
        try {
            return Redisson.create(config);
        } catch (RuntimeException e) {
            throw new IOException("node " + node + " could not reach Redis at " + address
                    + ": is it running? -D" + Step06Settings.REDIS_PROPERTY + "=redis://host:port names the Redis to use;"
                    + " without it the step starts its own (" + e.getMessage() + ")", e);
        }
    }
}
