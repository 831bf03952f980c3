package dev.workbook.bench.load;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.extensions.permessage_deflate.PerMessageDeflateExtension;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A Socket.IO echo client that offers permessage-deflate, which the JDK's WebSocket cannot: it
 * keeps one echo in flight, sending the next as each ack comes back, and counts them.
 */
public final class DeflateEchoClient extends WebSocketClient {

    private final CompletableFuture<Boolean> connected = new CompletableFuture<>();
    private final LongAdder echoes;
    private volatile boolean running = true;

    private DeflateEchoClient(URI uri, LongAdder echoes) {
        super(uri, new Draft_6455(new BrowserLikeDeflate()));
        this.echoes = echoes;
        setTcpNoDelay(true); // as the JDK's client and Node's are: a small frame goes out at once
    }

    /**
     * Deflate as a browser offers it: every message compressed, the context kept between messages. The
     * library's offer is hard-coded and asks for {@code server_no_context_takeover}, which netty's handshaker
     * refuses; it leaves messages under 1 KB uncompressed; and the draft copies its extensions with
     * {@link #copyInstance()}, so the settings must survive the copy.
     */
    private static final class BrowserLikeDeflate extends PerMessageDeflateExtension {

        BrowserLikeDeflate() {
            setServerNoContextTakeover(false);
            setClientNoContextTakeover(false);
            setThreshold(0);
        }

        @Override
        public IExtension copyInstance() {
            return new BrowserLikeDeflate();
        }

        @Override
        public String getProvidedExtensionAsClient() {
            return "permessage-deflate; client_max_window_bits"; // what Chromium sends
        }
    }

    /** Starts connecting to a Socket.IO server's default namespace on {@code port}; see {@link #connected()}. */
    public static DeflateEchoClient connectTo(int port, LongAdder echoes) {
        DeflateEchoClient client = new DeflateEchoClient(Protocol.SOCKET_IO.uri(port), echoes);
        client.connect();
        return client;
    }

    /** Completes once the connection can carry events, saying whether the server agreed to compress. */
    public CompletableFuture<Boolean> connected() {
        return connected;
    }

    /** Sends the first echo; each ack sends the next until {@link #stop()}. */
    public void startEchoing() {
        send(Protocol.SOCKET_IO.echo(EchoLoad.PAYLOAD));
    }

    public void stop() {
        running = false;
        close();
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        // Engine.IO's OPEN packet comes next
    }

    @Override
    public void onMessage(String text) {
        switch (Protocol.SOCKET_IO.kindOf(text)) {
            case OPENED -> send(Protocol.CONNECT);
            case CONNECTED -> connected.complete(negotiatedDeflate());
            case PING -> send(Protocol.ENGINE_PONG);
            case ECHOED -> {
                echoes.increment();
                if (running) {
                    send(Protocol.SOCKET_IO.echo(EchoLoad.PAYLOAD));
                }
            }
            default -> connected.completeExceptionally(new IllegalStateException("unexpected packet: "
                    + text));
        }
    }

    /** Asks the connection, not this client: the client's own draft is the offer, the connection's a copy that negotiated. */
    private boolean negotiatedDeflate() {
        return getConnection().getDraft() instanceof Draft_6455 draft && draft.getExtension() instanceof PerMessageDeflateExtension;
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        connected.completeExceptionally(new IllegalStateException("closed with " + code + " " + reason));
    }

    @Override
    public void onError(Exception error) {
        connected.completeExceptionally(error);
    }
}
