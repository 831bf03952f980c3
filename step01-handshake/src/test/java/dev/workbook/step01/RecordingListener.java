package dev.workbook.step01;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

/** A listener for the JDK's {@link WebSocket} client that keeps everything it hears, for tests to await. */
final class RecordingListener implements WebSocket.Listener {

    /** How a connection ended: the close code and reason the server sent. */
    record Closed(int code, String reason) {
    }

    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
    final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partialText = new StringBuilder();
    private final java.io.ByteArrayOutputStream partialBinary = new java.io.ByteArrayOutputStream();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            texts.add(partialText.toString());
            partialText.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partialBinary.writeBytes(bytes);
        if (last) {
            binaries.add(partialBinary.toByteArray());
            partialBinary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        pongs.add(message);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** What it heard so far, in a few words, for a failure message: what came instead of what a test waited for. */
    String heardSoFar() {
        String close = closed.isDone() ? (closed.isCompletedExceptionally() ? "an error" : "a close " + closed.join()) : "";
        String heard = (texts.isEmpty() ? "" : "texts " + texts + " ") + (binaries.isEmpty() ? "" : binaries.size() + " binary messages ")
                + (pongs.isEmpty() ? "" : pongs.size() + " pongs ") + close;
        return heard.strip();
    }

    /** The close, once it came; {@code null} before. */
    Closed closeIfDone() {
        return closed.isDone() && !closed.isCompletedExceptionally() ? closed.join() : null;
    }
}
