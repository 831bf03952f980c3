package dev.workbook.step06;

import dev.workbook.step04.StoredMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.client.codec.StringCodec;

/**
 * The rooms' messages in Redis, which every node shares: one stream per room whose entry ids are
 * the messages' numbers ({@code 7-0} is message 7), and one feed stream that says, in the order
 * Redis numbered them, which room has a new message.
 */
public final class RoomStreams {

    /** The feed: one short entry per message, {@code room} and {@code seq}; every node reads it. */
    public static final String FEED = "chat:feed";
    /** Each client's message ids, with the number and room they got, so that a retry sent to any node finds its first copy. */
    static final String SENT = "chat:sent";
    private static final String ROOM_PREFIX = "chat:room:";
    /** The feed only says "look at this room"; a node that falls behind reads the rooms' own streams. */
    private static final int FEED_LENGTH = 10_000;

    // tag::append[]
    /**
     * Numbers and stores a message in one step that no other node can interleave: Redis runs a
     * script alone. A retry (the same client and message id) gets its first copy's number back.
     */
    private static final String APPEND = """
            local earlier = redis.call('HGET', KEYS[2], ARGV[5])
            if earlier then
              return {tonumber(string.match(earlier, '^(%d+)')), 1}
            end
            local seq = 1
            local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
            if #last > 0 then
              seq = tonumber(string.match(last[1][1], '^(%d+)')) + 1
            end
            redis.call('XADD', KEYS[1], seq .. '-0', 'sender', ARGV[2], 'text', ARGV[3], 'time', ARGV[4])
            redis.call('HSET', KEYS[2], ARGV[5], seq .. ' ' .. ARGV[1])
            redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[6], '*', 'room', ARGV[1], 'seq', seq)
            return {seq, 0}""";
    // end::append[]

    private final RedissonClient redis;

    public RoomStreams(RedissonClient redis) {
        this.redis = redis;
    }

    /** Stores a message as its room's next one, or finds the first copy of a retry; either way the stored message. */
    public StoredMessage append(String room, String sender, String text, Instant time, String clientId, String clientMessageId) {
        String sentAt = Instant.ofEpochMilli(time.toEpochMilli()).toString();
        List<Object> answer = redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, APPEND, RScript.ReturnType.LIST,
                List.of(roomKey(room), SENT, FEED), room, sender, text, sentAt, sentKey(clientId, clientMessageId),
                Integer.toString(FEED_LENGTH));
        long seq = ((Number) answer.get(0)).longValue();
        boolean retry = ((Number) answer.get(1)).longValue() == 1;
        return retry ? at(room, seq).orElseThrow() : new StoredMessage(room, seq, sender, text, sentAt);
    }

    /** The message this client sent with this id, if it sent one. */
    public Optional<StoredMessage> find(String clientId, String clientMessageId) {
        Object sent = redis.getMap(SENT, StringCodec.INSTANCE).get(sentKey(clientId, clientMessageId));
        if (sent == null) {
            return Optional.empty();
        }
        String[] seqAndRoom = sent.toString().split(" ", 2);
        return at(seqAndRoom[1], Long.parseLong(seqAndRoom[0]));
    }

    /** The room's messages numbered {@code from} to {@code to}, both included, oldest first, at most {@code limit}. */
    public List<StoredMessage> range(String room, long from, long to, int limit) {
        // BEGIN EXERCISE 6.2: Read the room's stream from id from-0 to id to-0 (XRANGE), at most limit entries, as StoredMessages.
        if (from > to || limit <= 0) {
            return List.of();
        }
        return messages(room, stream(room).range(limit, new StreamMessageId(from, 0), new StreamMessageId(to, 0)));
        // END EXERCISE 6.2
    }

    /** The room's last {@code count} messages up to number {@code to}, oldest first: numbers have no gaps, so a range. */
    public List<StoredMessage> latest(String room, long to, int count) {
        return to <= 0 ? List.of() : range(room, Math.max(1, to - count + 1), to, count);
    }

    /** The room's last message number, 0 for a room without messages. */
    public long lastSeq(String room) {
        Map<StreamMessageId, Map<String, String>> last = stream(room).rangeReversed(1, StreamMessageId.MAX, StreamMessageId.MIN);
        return last.isEmpty() ? 0 : last.keySet().iterator().next().getId0();
    }

    private Optional<StoredMessage> at(String room, long seq) {
        return range(room, seq, seq, 1).stream().findFirst();
    }

    private RStream<String, String> stream(String room) {
        return redis.getStream(roomKey(room), StringCodec.INSTANCE);
    }

    private static List<StoredMessage> messages(String room, Map<StreamMessageId, Map<String, String>> entries) {
        List<StoredMessage> messages = new ArrayList<>(entries.size());
        entries.forEach((id, fields) -> messages.add(new StoredMessage(room, id.getId0(), fields.get("sender"), fields.get("text"),
                fields.get("time"))));
        return messages;
    }

    static String roomKey(String room) {
        return ROOM_PREFIX + room;
    }

    private static String sentKey(String clientId, String clientMessageId) {
        return clientId + " " + clientMessageId;
    }
}
