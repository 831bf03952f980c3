package dev.workbook.step06;

import java.io.IOException;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisReconnectedException;
import org.redisson.client.RedisRetryException;
import org.redisson.client.RedisTimeoutException;

/** Tells a Redis that cannot be reached (or answers too late) from a bug: the chat refuses the first for now, and reports the second. */
final class RedisOutage {

    private RedisOutage() {
    }

    /**
     * Whether {@code failure}, or what caused it, says Redis could not be reached in time: no
     * connection, no answer in time, a connection that broke under the command (Redisson wraps that
     * cause, an {@link IOException} such as a closed channel, in a plain {@code RedisException}), or
     * a Redis that asks to be asked again (still loading its data after a restart, say).
     */
    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisConnectionException || cause instanceof RedisTimeoutException || cause instanceof RedisRetryException
                    || cause instanceof RedisReconnectedException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
