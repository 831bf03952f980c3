package dev.workbook.step06;

import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisTimeoutException;

/** Tells a Redis that cannot be reached (or answers too late) from a bug: the chat refuses the first for now, and reports the second. */
final class RedisOutage {

    private RedisOutage() {
    }

    /** Whether {@code failure}, or what caused it, says Redis could not be reached in time. */
    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisConnectionException || cause instanceof RedisTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
