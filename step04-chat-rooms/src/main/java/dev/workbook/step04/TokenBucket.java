package dev.workbook.step04;

import java.util.function.LongSupplier;

/**
 * A rate limit that allows a burst, then a steady rate: a bucket of {@code burst} tokens that
 * refills at {@code perSecond}; each message takes one token, and a message finding the bucket
 * empty is refused.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final int burst;
    private final double perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    /**
     * @param nanoTime the clock, as {@link System#nanoTime()}; tests pass their own
     */
    public TokenBucket(int burst, double perSecond, LongSupplier nanoTime) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    /**
     * Takes a token if there is one.
     *
     * @return 0 when a token was taken; otherwise how many milliseconds until the next one (at least 1)
     */
    public synchronized long tryTake() {
        // BEGIN EXERCISE 4.3: Refill for the time since the last call (never above burst); take a token and return 0, or return the ms until one.
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond * 1000));
        // END EXERCISE 4.3
    }

    /** Whether the bucket has refilled completely: then it is no different from a new one. */
    public synchronized boolean isFull() {
        return tokens + (nanoTime.getAsLong() - refilledAt) / NANOS_PER_SECOND * perSecond >= burst;
    }
}
