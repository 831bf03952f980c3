package dev.workbook.socketio;

import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Starts a netty-socketio server on a given port, or on a free one: netty-socketio cannot bind to
 * port 0 and say which port it got, so this picks a free port and tries again should another
 * process take it first.
 */
public final class FreePortStart {

    private static final int BIND_ATTEMPTS = 5;

    private FreePortStart() {
    }

    /**
     * Builds what runs on a port and starts its server.
     *
     * @param host the address to listen on
     * @param requestedPort the port, or 0 for any free one
     * @param build builds the server and everything around it for one port; called again for each attempt,
     *              as a stopped {@code SocketIOServer} cannot start again
     * @param serverOf the server inside what {@code build} made
     * @return what {@code build} made, its server started
     */
    public static <T> T start(String host, int requestedPort, IntFunction<T> build, Function<T, SocketIOServer> serverOf)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port = requestedPort != 0 ? requestedPort : freePort(host);
            T built = build.apply(port);
            SocketIOServer server = serverOf.apply(built);
            try {
                server.start();
                return built;
            } catch (Exception failed) { // netty-socketio rethrows BindException unchecked
                NettyShutdown.quickly(server); // a failed start leaves threads running
                if (!(failed instanceof BindException) || requestedPort != 0 || attempt == BIND_ATTEMPTS) {
                    throw new IOException("the Socket.IO server could not start on port " + port + ": " + failed, failed);
                }
            }
        }
    }

    /** A port that is free on {@code host} now; another process may take it before it is used. */
    public static int freePort(String host) throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return probe.getLocalPort();
        }
    }
}
