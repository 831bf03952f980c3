package dev.workbook.step01;

import java.util.function.Consumer;

/**
 * Hears what happens inside the server: handshakes, frames, unexpected errors. The inspector page
 * records the first two; tests listen for the third so that a broken exercise fails at once.
 */
public interface ServerListener {

    /** Which way a frame travelled. */
    enum Direction { RECEIVED, SENT }

    /** Does nothing. */
    ServerListener NONE = new ServerListener() {
    };

    /**
     * A handshake was answered.
     *
     * @param rawResponse the response head, with {@code 101} when the upgrade was accepted
     */
    default void onHandshake(long connectionId, HttpRequest request, String rawResponse) {
    }

    /** A whole frame was read or written; {@code preview} holds the first bytes of its unmasked payload. */
    default void onFrame(long connectionId, Direction direction, FrameHeader header, byte[] preview) {
    }

    /** Server code threw where it should not have; the server closed that connection with 1011. */
    default void onError(Throwable error) {
    }

    /** A listener that hands unexpected errors to {@code sink} and ignores everything else. */
    static ServerListener errorsTo(Consumer<Throwable> sink) {
        return new ServerListener() {
            @Override
            public void onError(Throwable error) {
                sink.accept(error);
            }
        };
    }
}
