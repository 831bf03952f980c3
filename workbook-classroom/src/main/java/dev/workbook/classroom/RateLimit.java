package dev.workbook.classroom;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most a few reports at once per learner, then one a second: a run sends one per test run,
 * so only a loop (or a script) hits it, and refusing it keeps the board quick for everyone else.
 */
final class RateLimit {

    static final int BURST = 5;
    static final long REFILL_NANOS = 1_000_000_000L;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Whether {@code learner} may report now; takes a token if so. */
    boolean allow(String learner, long nowNanos) {
        return buckets.computeIfAbsent(learner, key -> new Bucket(nowNanos)).take(nowNanos);
    }

    /** A token bucket: {@link #BURST} tokens, one more every {@link #REFILL_NANOS}. */
    private static final class Bucket {
        private double tokens = BURST;
        private long refilledAt;

        Bucket(long nowNanos) {
            refilledAt = nowNanos;
        }

        synchronized boolean take(long nowNanos) {
            tokens = Math.min(BURST, tokens + (nowNanos - refilledAt) / (double) REFILL_NANOS);
            refilledAt = nowNanos;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
