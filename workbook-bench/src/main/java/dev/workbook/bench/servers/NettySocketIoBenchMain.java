package dev.workbook.bench.servers;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.socketio.FreePortStart;
import dev.workbook.socketio.NettyShutdown;
import dev.workbook.socketio.WorkbookServerConfig;
import java.io.IOException;
import java.time.Duration;

/**
 * netty-socketio as steps 03 and 04 configure it ({@link WorkbookServerConfig}: WebSocket
 * compression off, Socket.IO's default heartbeat) with the bench's three events on the default
 * namespace; {@code -Dbench.netty.compression=true} turns the library's default compression back on.
 */
public final class NettySocketIoBenchMain {

    /** The system property that turns permessage-deflate on, as netty-socketio has it by default. */
    public static final String COMPRESSION = "bench.netty.compression";
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
