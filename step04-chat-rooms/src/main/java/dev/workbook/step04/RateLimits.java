package dev.workbook.step04;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TokenBucket} per client, for the messages it sends to rooms and to people. */
final class RateLimits {

    /** Clients that left with an empty bucket stay until this many are kept, then full buckets go. */
    private static final int FORGET_FULL_BUCKETS_ABOVE = 10_000;

    private final ChatLimits limits;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimits(ChatLimits limits) {
        this.limits = limits;
    }

    /** Takes one message's token from the client's bucket, or refuses ({@code rate-limited}) saying when to retry. */
    void take(String clientId) throws Refusal {
        long waitMillis = buckets.computeIfAbsent(clientId, id -> new TokenBucket(limits.burst(), limits.perSecond(), System::nanoTime))
                .tryTake();
        if (waitMillis > 0) {
            throw new Refusal(Refusal.RATE_LIMITED, "slow down: " + limits.burst() + " messages at once, then "
                    + perSecond() + " a second; try again in " + waitMillis + " ms", waitMillis);
        }
    }

    private String perSecond() {
        double rate = limits.perSecond();
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    /**
     * Forgets a client that left, once its bucket is full again: a client that reconnects right
     * away keeps its bucket, so leaving and coming back is no way around the limit.
     */
    void forget(String clientId) {
        buckets.computeIfPresent(clientId, (id, bucket) -> bucket.isFull() ? null : bucket);
        if (buckets.size() > FORGET_FULL_BUCKETS_ABOVE) {
            buckets.values().removeIf(TokenBucket::isFull);
        }
    }
}
