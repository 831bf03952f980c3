package dev.workbook.testkit;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Collects the exceptions a server under test reports from its own threads, so that a test sees
 * them at once instead of waiting for a message that will never come.
 *
 * <p>Hand it to the server as its error listener; {@link Await#watching(ServerErrors)} rethrows
 * the first one it holds.
 */
public final class ServerErrors implements Consumer<Throwable> {

    private static final ServerErrors NONE = new ServerErrors();

    private final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();

    /** A collector nobody reports to. */
    public static ServerErrors none() {
        return NONE;
    }

    @Override
    public void accept(Throwable error) {
        if (this != NONE) {
            errors.add(error);
        }
    }

    /** Throws an {@link AssertionError} carrying the first reported exception, if there is one. */
    public void rethrowFirst() {
        Throwable first = errors.peek();
        if (first != null) {
            throw new AssertionError("The server threw " + first.getClass().getSimpleName() + ": "
                    + first.getMessage(), first);
        }
    }

    /** Forgets what was reported, for a server shared by the tests of one class. */
    public void clear() {
        errors.clear();
    }
}
