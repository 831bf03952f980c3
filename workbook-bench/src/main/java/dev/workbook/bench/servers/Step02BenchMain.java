package dev.workbook.bench.servers;

import dev.workbook.mends.HeldFrameWatch;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * A Java-WebSocket server with step 02's settings (one decoder thread, no extensions, a 64 KB
 * frame limit, reused address, 30 s heartbeat, and step 02's mend of the library's held frames) that
 * speaks the bench protocol; sends go one connection at a time, as step 02's chat room sends them.
 * {@code -Dbench.step02.heartbeat=0} turns the heartbeat off, for an experiment.
 */
public final class Step02BenchMain extends WebSocketServer {

    private static final int MAX_FRAME_BYTES = 64 * 1024;
    private static final int HEARTBEAT_SECONDS = 30;
    /** The heartbeat's period in seconds for an experiment, 0 for none (pass it with {@code -Dbench.jvmArgs}). */
    public static final String HEARTBEAT = "bench.step02.heartbeat";

    private final Set<WebSocket> room = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private Step02BenchMain(int port) {
        super(new InetSocketAddress("127.0.0.1", port), 1,
                List.of(new Draft_6455(Collections.emptyList(), List.of(new Protocol("")), MAX_FRAME_BYTES)));
        setReuseAddr(true);
        setConnectionLostTimeout(Integer.getInteger(HEARTBEAT, HEARTBEAT_SECONDS));
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Step02BenchMain server = new Step02BenchMain(ServerControl.port(args));
        server.start();
        server.started.get();
        // Without it a reply can wait in the queue for the next heartbeat, 30 s (docs/library-notes.md).
        HeldFrameWatch heldFrames = new HeldFrameWatch(server::getConnections);
        ServerControl.ready(server.getPort(), () -> {
            try {
                server.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                heldFrames.close();
            }
        });
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        // nothing to do until it joins
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        if ("j".equals(text)) {
            room.add(connection);
            connection.send(text);
        } else if (text.startsWith("b")) {
            for (WebSocket member : room) {
                try {
                    member.send(text);
                } catch (WebsocketNotConnectedException gone) {
                    room.remove(member);
                }
            }
        } else {
            connection.send(text);
        }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer bytes) {
        connection.send(bytes);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        room.remove(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            started.completeExceptionally(error);
        }
    }
}
