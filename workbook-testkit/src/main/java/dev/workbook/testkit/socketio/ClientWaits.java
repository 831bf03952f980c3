package dev.workbook.testkit.socketio;

import dev.workbook.testkit.Await;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The bounded waits of one test client, each failure naming the client and saying what it heard instead. */
final class ClientWaits {

    /** Who the client is in failure messages: the nickname it sends, or "the client". */
    final String label;
    private final Await await;
    private final HeardEvents heard;
    private final ConnectionEvents connection;

    ClientWaits(String label, Await await, HeardEvents heard, ConnectionEvents connection) {
        this.label = label;
        this.await = await;
        this.heard = heard;
        this.connection = connection;
    }

    /** Takes the next element of {@code queue}, waiting at most an event's time. */
    <T> T next(String what, BlockingQueue<T> queue) {
        return await.next(what, queue, this::heardSoFar);
    }

    /** Takes the next element of {@code queue}, waiting at most a connect's time. */
    <T> T nextWithinConnect(String what, BlockingQueue<T> queue) {
        return await.atMost(Await.CONNECT_TIMEOUT).next(what, queue, this::heardSoFar);
    }

    /** Waits a connect's time at most until {@code condition} holds. */
    void untilWithinConnect(String what, BooleanSupplier condition) {
        untilWithinConnect(what, condition, () -> "");
    }

    /** Waits a connect's time at most until {@code condition} holds; a failure says {@code besides}, then what the client heard. */
    void untilWithinConnect(String what, BooleanSupplier condition, Supplier<String> besides) {
        await.atMost(Await.CONNECT_TIMEOUT).until(what, condition, () -> besides.get() + heardSoFar());
    }

    /** What the client holds that no test took yet, by event: what came instead of what was awaited. */
    String heardSoFar() {
        return (connection.connected() ? "" : "(not connected) ") + heard;
    }
}
