package dev.workbook.socketio;

import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import java.io.IOException;
import java.time.Duration;

/**
 * A netty-socketio server on a free port with the workbook's settings, mended or as the library
 * ships it: its default namespace greets every client it connects with {@value #WELCOME}, and it
 * has the namespace {@value #NAMESPACE}.
 */
final class ProtocolTestServer implements AutoCloseable {

    static final String WELCOME = "welcome";
    static final String NAMESPACE = "/chat";
    /** Long enough that no ping comes between the packets a test waits for. */
    private static final Duration PING_INTERVAL = Duration.ofSeconds(25);

    private final SocketIOServer server;

    private ProtocolTestServer(SocketIOServer server) {
        this.server = server;
    }

    /** With every mend of {@link WorkbookServerConfig#newServer}. */
    static ProtocolTestServer mended() throws IOException {
        return start(true);
    }

    /** netty-socketio as it ships, with the same settings: what the canaries watch. */
    static ProtocolTestServer plain() throws IOException {
        return start(false, PING_INTERVAL);
    }

    /** netty-socketio as it ships, pinging every {@code pingInterval}: for canaries that watch the heartbeat. */
    static ProtocolTestServer plainPinging(Duration pingInterval) throws IOException {
        return start(false, pingInterval);
    }

    private static ProtocolTestServer start(boolean mended) throws IOException {
        return start(mended, PING_INTERVAL);
    }

    private static ProtocolTestServer start(boolean mended, Duration pingInterval) throws IOException {
        return FreePortStart.start("127.0.0.1", 0, port -> {
            var config = WorkbookServerConfig.of("127.0.0.1", port, 1, pingInterval, Duration.ofSeconds(20));
            SocketIOServer server = mended ? WorkbookServerConfig.newServer(config) : new SocketIOServer(config);
            server.addConnectListener(client -> client.sendEvent(WELCOME));
            server.addNamespace(NAMESPACE);
            return new ProtocolTestServer(server);
        }, started -> started.server);
    }

    /** The library's server itself, for canaries that look inside it. */
    SocketIOServer server() {
        return server;
    }

    int port() {
        return server.getConfiguration().getPort();
    }

    /** A new long-polling session's id, from the open packet. */
    String pollingSession() throws IOException {
        String open = RawHttp.send(port(), "GET", "/socket.io/?EIO=4&transport=polling", "").body();
        return open.substring(open.indexOf("\"sid\":\"") + 7, open.indexOf("\"sid\":\"") + 43);
    }

    @Override
    public void close() {
        NettyShutdown.quickly(server);
    }
}
