package dev.workbook.bench.servers;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import dev.workbook.socketio.FreePortStart;
import dev.workbook.socketio.WorkbookServerConfig;
import java.io.IOException;
import java.time.Duration;

/**
 * netty-socketio as steps 03 and 04 configure it ({@link WorkbookServerConfig}: WebSocket
 * compression off, Socket.IO's default heartbeat) with the bench's three events on the default
 * namespace; {@code -Dbench.netty.compression=true} turns the library's default compression back on,
 * {@code -Dbench.netty.epoll=true} takes Netty's native transport and {@code -Dbench.netty.workers=N} sets the
 * event loops (pass them with {@code -Dbench.jvmArgs}); it runs one event loop unless told otherwise.
 */
public final class NettySocketIoBenchMain {

    /** The system property that turns permessage-deflate on, as netty-socketio has it by default. */
    public static final String COMPRESSION = "bench.netty.compression";
    /** Netty's native epoll transport instead of the JDK's NIO selector, for an experiment. */
    public static final String EPOLL = "bench.netty.epoll";
    /** How many event loops serve the connections; 0 is Netty's default, two per core. */
    public static final String WORKERS = "bench.netty.workers";
    /**
     * Node's thread budget: Socket.IO answers on one event loop, and so does this server unless
     * {@link #WORKERS} says otherwise. With one loop per core (the steps' setting, for a server that has the machine
     * to itself) its second loop took the core the load generator reads on, and the members read a broadcast
     * 1.2-1.4x later than Socket.IO's for the same last write (see the step 05 lesson).
     */
    private static final int NODE_LIKE_WORKERS = 1;
    private static final String ROOM = "r";

    private NettySocketIoBenchMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = ServerControl.port(args);
        SocketIOServer server = FreePortStart.start("127.0.0.1", port, NettySocketIoBenchMain::build, built -> built);
        ServerControl.ready(port, () -> NettyShutdown.quickly(server));
    }

    private static SocketIOServer build(int port) {
        Configuration config = WorkbookServerConfig.of("127.0.0.1", port, port, Duration.ofSeconds(25), Duration.ofSeconds(20));
        config.setWebsocketCompression(Boolean.getBoolean(COMPRESSION));
        config.setUseLinuxNativeEpoll(Boolean.getBoolean(EPOLL));
        config.setWorkerThreads(Integer.getInteger(WORKERS, NODE_LIKE_WORKERS));
        SocketIOServer server = WorkbookServerConfig.newServer(config);
        server.addEventListener("echo", String.class, (client, payload, ack) -> ack.sendAckData(payload));
        server.addEventListener("join", String.class, (client, room, ack) -> {
            client.joinRoom(room);
            ack.sendAckData("ok");
        });
        server.addEventListener("broadcast", String.class,
                (client, payload, ack) -> server.getRoomOperations(ROOM).sendEvent("b", payload));
        return server;
    }
}
