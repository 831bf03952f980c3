package dev.workbook.step06;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's sign of life in Redis: a key with an expiry that the node renews every second. What a
 * node writes for its users (their nicknames, their places in rooms) names the node, and counts
 * only while its lease holds: a node that dies, without a chance to clean up, stops renewing, and
 * within {@link #TERM} everything it held is free again, for the other nodes to take or to drop.
 */
final class NodeLease implements AutoCloseable {

    /** How long a lease holds unless renewed: how soon a dead node's users are let go. */
    static final Duration TERM = Duration.ofSeconds(5);
    private static final Duration RENEW = Duration.ofSeconds(1);
    private static final String PREFIX = "chat:node:";
    /**
     * A Lua function the scripts that read what nodes wrote start with: {@code alive(node)} is
     * whether that node's lease holds, asked once per node and script.
     */
    static final String ALIVE = """
            local leases = {}
            local function alive(node)
              if leases[node] == nil then
                leases[node] = redis.call('EXISTS', '%s' .. node) == 1
              end
              return leases[node]
            end
            """.formatted(PREFIX);
    private static final Logger LOG = LoggerFactory.getLogger(NodeLease.class);

    private final String id;
    private final RBucket<String> key;
    private final String name;
    private ScheduledExecutorService renewer;
    private volatile boolean lost;

    /** A lease for node {@code name}, not taken yet: what the node writes names it from the start. */
    NodeLease(String name, RedissonClient redis) {
        // a restarted node is a new one: what its last life held must not come back to life with it
        this.id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.key = redis.getBucket(PREFIX + id, StringCodec.INSTANCE);
        this.name = name;
    }

    /** Takes the lease, before the node's first clients sign in, and renews it from now on. */
    void take() {
        key.set(id, TERM);
        renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "step06-lease-" + name);
            thread.setDaemon(true);
            return thread;
        });
        renewer.scheduleWithFixedDelay(this::renew, RENEW.toMillis(), RENEW.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** This node's id in what it writes: its name and a random part, new each time a node starts. */
    String node() {
        return id;
    }

    private void renew() {
        try {
            key.set(id, TERM);
            if (lost) {
                LOG.info("node {}: Redis is back; its lease is renewed", id);
                lost = false;
            }
        } catch (RuntimeException e) { // Redis is out of reach: try again next second; a long outage lets the lease lapse
            if (!lost) {
                LOG.warn("node {}: could not renew its lease in Redis ({}); after {} s its users count as gone", id, e.toString(),
                        TERM.toSeconds());
                lost = true;
            }
        }
    }

    /** Stops renewing, as a node that dies would: the lease lapses by itself. */
    @Override
    public void close() {
        if (renewer == null) {
            return;
        }
        renewer.shutdownNow();
        try {
            renewer.awaitTermination(TERM.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
