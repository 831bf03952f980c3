package dev.workbook.testkit.socketio;

import java.net.InetAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * An OkHttp client for one test client, whose threads end soon after its last call, so that none
 * outlives the test (see {@link dev.workbook.testkit.NoThreadsLeftBehind}).
 */
final class ShortLivedOkHttp {

    /**
     * How long an idle OkHttp thread lives; OkHttp's own default is a minute, which keeps a JVM alive.
     * The executor is never shut down: {@code close()} sends the client's goodbye from OkHttp's threads
     * a moment later, and a shut-down executor would drop it, leaving the server to count the client
     * online until its ping timeout.
     */
    static final long THREAD_KEEP_ALIVE_MILLIS = 100;

    private ShortLivedOkHttp() {
    }

    /** A client that keeps no idle connection, so that its pool's cleanup thread ends with the test too. */
    static OkHttpClient create() {
        return builder().build();
    }

    /** The same, its connections leaving from {@code local} (see {@link FromAddress}). */
    static OkHttpClient from(InetAddress local) {
        return builder().socketFactory(new FromAddress(local)).build();
    }

    private static OkHttpClient.Builder builder() {
        ThreadPoolExecutor threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, THREAD_KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), work -> new Thread(work, "OkHttp Dispatcher"));
        return new OkHttpClient.Builder().readTimeout(1, TimeUnit.MINUTES)
                .dispatcher(new Dispatcher(threads))
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS));
    }
}
