package dev.workbook.step06;

import dev.workbook.step04.ChatLimits;
import dev.workbook.step04.RateLimiter;
import dev.workbook.step04.Refusal;
import dev.workbook.step04.TokenBucket;
import java.util.List;
import org.redisson.api.RScript;

/**
 * One {@link TokenBucket} per client for every node, in Redis: a hash per client,
 * {@code chat:bucket:{clientId}}, with its tokens and when they were counted, refilled and taken
 * from by one script on Redis's own clock, so that a client sending through two nodes has one
 * bucket and the nodes' clocks never disagree. The key expires once the bucket would be full again.
 */
final class SharedRateLimits implements RateLimiter {

    private static final String PREFIX = "chat:bucket:";
    /** Step 04's bucket, line for line: refill for the time since, never above the burst; take one, or say how long until one. */
    private static final String TAKE = """
            local burst = tonumber(ARGV[1])
            local rate = tonumber(ARGV[2])
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(bucket[1]) or burst
            local at = tonumber(bucket[2]) or now
            tokens = math.min(burst, tokens + (now - at) / 1000 * rate)
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.max(1, math.ceil((1 - tokens) / rate * 1000))
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1)
            return wait""";

    private final NodeScripts scripts;
    private final ChatLimits limits;

    SharedRateLimits(NodeScripts scripts, ChatLimits limits) {
        this.scripts = scripts;
        this.limits = limits;
    }

    @Override
    public void take(String clientId) throws Refusal {
        long waitMillis = scripts.run(TAKE, RScript.ReturnType.LONG, List.of(PREFIX + clientId),
                Integer.toString(limits.burst()), Double.toString(limits.perSecond()));
        if (waitMillis > 0) {
            throw RateLimiter.slowDown(limits, waitMillis);
        }
    }

    /** Nothing to do: the bucket's key expires by itself once the bucket is full again. */
    @Override
    public void forget(String clientId) {
    }
}
