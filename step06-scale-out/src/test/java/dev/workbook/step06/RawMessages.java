package dev.workbook.step06;

import java.time.Instant;
import java.util.Map;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.stream.StreamAddArgs;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.client.codec.StringCodec;

/** Writes messages straight into a room's stream in Redis, numbered 1, 2, 3, with nothing on the feed: what a node never heard of. */
final class RawMessages {

    private RawMessages() {
    }

    static void write(RedissonClient redis, String room, int count) {
        RStream<String, String> stream = redis.getStream(RoomStreams.roomKey(room), StringCodec.INSTANCE);
        String time = Instant.now().toString();
        for (int seq = 1; seq <= count; seq++) {
            stream.add(new StreamMessageId(seq, 0), StreamAddArgs.entries(Map.of("sender", "zed", "text", "raw " + seq, "time", time)));
        }
    }
}
