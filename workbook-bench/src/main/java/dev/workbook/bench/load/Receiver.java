package dev.workbook.bench.load;

/** What a measurement does with the echoes and broadcasts its connections receive, on the client's threads. */
public interface Receiver {

    /** Ignores everything: for connections between measurements. */
    Receiver NONE = new Receiver() {
    };

    default void echoed(BenchConnection connection, String payload, long nanoTime) {
    }

    default void broadcast(BenchConnection connection, String payload, long nanoTime) {
    }
}
