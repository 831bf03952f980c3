package dev.workbook.step06;

import java.time.Duration;
import java.util.Map;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.api.stream.StreamReadArgs;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's reader of the feed: it waits on Redis for the next entries (XREAD BLOCK) and tells
 * {@link NodeRooms} which room has which new message, in the order Redis numbered them. When
 * Redis goes away it says so, tries again, and once Redis is back catches every room up.
 */
final class FeedReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);
    /** How long one read waits on Redis: also how soon a stopped node's reader notices. */
    private static final Duration BLOCK = Duration.ofMillis(250);
    private static final Duration RETRY = Duration.ofMillis(250);
    private static final int BATCH = 500;

    private final String node;
    private final RStream<String, String> feed;
    private final NodeRooms rooms;
    private final Thread thread;
    private volatile boolean running = true;
    private StreamMessageId last;

    private FeedReader(String node, RedissonClient redis, NodeRooms rooms) {
        this.node = node;
        this.feed = redis.getStream(RoomStreams.FEED, StringCodec.INSTANCE);
        this.rooms = rooms;
        this.last = newestId();
        this.thread = new Thread(this::run, "step06-feed-" + node);
        this.thread.setDaemon(true);
    }

    /** Starts reading the feed from its newest entry: what came before, this node's members get from the rooms' streams. */
    static FeedReader start(String node, RedissonClient redis, NodeRooms rooms) {
        FeedReader reader = new FeedReader(node, redis, rooms);
        reader.thread.start();
        return reader;
    }

    private void run() {
        boolean lost = false;
        while (running) {
            try {
                Map<StreamMessageId, Map<String, String>> entries = feed.read(StreamReadArgs.greaterThan(last).count(BATCH).timeout(BLOCK));
                if (lost) {
                    LOG.info("node {}: Redis is back; catching every room up", node);
                    rooms.catchUpAll();
                    lost = false;
                }
                entries.forEach(this::hear);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!lost) {
                    LOG.warn("node {}: lost Redis while reading the feed ({}); its members get nothing from other nodes until it is back",
                            node, e.toString());
                    lost = true;
                }
                pause();
            }
        }
    }

    private void hear(StreamMessageId id, Map<String, String> entry) {
        rooms.heard(entry.get("room"), Long.parseLong(entry.get("seq")));
        last = id;
    }

    private StreamMessageId newestId() {
        Map<StreamMessageId, Map<String, String>> newest = feed.rangeReversed(1, StreamMessageId.MAX, StreamMessageId.MIN);
        return newest.isEmpty() ? new StreamMessageId(0, 0) : newest.keySet().iterator().next();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis()); // between attempts to reach Redis, not a wait for an event
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops reading, within one read's wait. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(BLOCK.multipliedBy(8).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
