package dev.workbook.step04;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TokenBucket} per client, for the messages it sends to rooms and to people. */
final class RateLimits implements RateLimiter {

    /** Clients that left with an empty bucket stay until this many are kept, then full buckets go. */
    private static final int FORGET_FULL_BUCKETS_ABOVE = 10_000;

    private final ChatLimits limits;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimits(ChatLimits limits) {
        this.limits = limits;
    }

    @Override
    public void take(String clientId) throws Refusal {
        long waitMillis = buckets.computeIfAbsent(clientId, id -> new TokenBucket(limits.burst(), limits.perSecond(), System::nanoTime))
                .tryTake();
        if (waitMillis > 0) {
            throw RateLimiter.slowDown(limits, waitMillis);
        }
    }

    /**
     * Forgets a client that left, once its bucket is full again: a client that reconnects right
     * away keeps its bucket, so leaving and coming back is no way around the limit.
     */
    @Override
    public void forget(String clientId) {
        buckets.computeIfPresent(clientId, (id, bucket) -> bucket.isFull() ? null : bucket);
        if (buckets.size() > FORGET_FULL_BUCKETS_ABOVE) {
            buckets.values().removeIf(TokenBucket::isFull);
        }
    }
}
