package dev.workbook.step04;

/**
 * How fast each client may send, to rooms and to people alike: one server's {@link TokenBucket}s
 * ({@link RateLimits}), or one bucket per client that every node shares (step 06).
 */
public interface RateLimiter {

    /** Takes one message's token from the client's bucket, or refuses ({@code rate-limited}) saying when to retry. */
    void take(String clientId) throws Refusal;

    /** The client left: its bucket may go once it is full again, since a full bucket is no different from a new one. */
    void forget(String clientId);

    /** The refusal of a message that found the bucket empty, the same sentence whichever limiter refuses it. */
    static Refusal slowDown(ChatLimits limits, long waitMillis) {
        double rate = limits.perSecond();
        String perSecond = rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
        return new Refusal(Refusal.RATE_LIMITED, "slow down: " + limits.burst() + " messages at once, then "
                + perSecond + " a second; try again in " + waitMillis + " ms", waitMillis);
    }
}
