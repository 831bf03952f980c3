package dev.workbook.bench.load;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One load-generator connection on the JDK's {@link WebSocket}: it reassembles text frames,
 * answers Engine.IO pings, queues its sends (the JDK allows one outstanding send), and hands
 * echoes and broadcasts to the current {@link Receiver}.
 */
public final class BenchConnection implements WebSocket.Listener {

    private final Protocol protocol;
    private final CompletableFuture<BenchConnection> connected = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile Receiver receiver = Receiver.NONE;
    private volatile CompletableFuture<Void> joined = new CompletableFuture<>();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private WebSocket webSocket;
    /** When the echo in flight was sent; read and written by one measurement at a time. */
    public volatile long sentAt;

    private BenchConnection(Protocol protocol) {
        this.protocol = protocol;
    }

    /** Opens a connection; the future completes once it can carry events (Socket.IO: after the namespace CONNECT). */
    public static CompletableFuture<BenchConnection> open(HttpClient client, Protocol protocol, int port, Duration timeout) {
        BenchConnection connection = new BenchConnection(protocol);
        client.newWebSocketBuilder().connectTimeout(timeout).buildAsync(protocol.uri(port), connection)
                .whenComplete((ws, failed) -> {
                    if (failed != null) {
                        connection.connected.completeExceptionally(failed);
                    }
                });
        return connection.connected.orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public void receiveWith(Receiver newReceiver) {
        this.receiver = newReceiver;
    }

    /** Joins the room; the future completes when the server confirms. */
    public CompletableFuture<Void> join() {
        joined = new CompletableFuture<>();
        send(protocol.join());
        return joined;
    }

    public void echo(String payload) {
        send(protocol.echo(payload));
    }

    public void broadcast(String payload) {
        send(protocol.broadcast(payload));
    }

    /** Drops the TCP connection at once, without a closing handshake. */
    public void abort() {
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.abort();
        }
    }

    private synchronized void send(String text) {
        WebSocket ws = webSocket;
        sending = sending.thenCompose(ignored -> ws.sendText(text, true));
    }

    @Override
    public void onOpen(WebSocket ws) {
        this.webSocket = ws;
        ws.request(1);
        if (protocol == Protocol.RAW) {
            connected.complete(this);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        long now = System.nanoTime();
        ws.request(1);
        if (!last) {
            partial.append(data);
            return null;
        }
        String text = partial.length() == 0 ? data.toString() : partial.append(data).toString();
        partial.setLength(0);
        switch (protocol.kindOf(text)) {
            case ECHOED -> receiver.echoed(this, protocol.payloadOf(text), now);
            case BROADCAST -> receiver.broadcast(this, protocol.payloadOf(text), now);
            case JOINED -> joined.complete(null);
            case PING -> send(Protocol.ENGINE_PONG);
            case OPENED -> send(Protocol.CONNECT);
            case CONNECTED -> connected.complete(this);
            default -> connected.completeExceptionally(new IllegalStateException("unexpected packet: " + text));
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        connected.completeExceptionally(new IllegalStateException("closed with " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        connected.completeExceptionally(error);
        joined.completeExceptionally(error);
    }
}
