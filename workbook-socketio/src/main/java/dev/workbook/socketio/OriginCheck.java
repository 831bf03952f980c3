package dev.workbook.socketio;

import java.net.URI;
import java.util.Set;

/**
 * Decides which pages may open a Socket.IO connection: netty-socketio's CORS setting only writes a
 * header, and never checks Origin on the WebSocket upgrade, so the server checks it itself.
 *
 * <p>A request without Origin comes from a program, not a browser page, and is let in.
 */
public final class OriginCheck {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String host;
    private final int webPort;

    /** Pages served on {@code webPort} of this machine; on any host in classroom mode (0.0.0.0). */
    public OriginCheck(String host, int webPort) {
        this.host = host;
        this.webPort = webPort;
    }

    public boolean allows(String origin) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            boolean rightPort = uri.getPort() == webPort && "http".equals(uri.getScheme());
            String originHost = uri.getHost();
            return rightPort && (host.equals("0.0.0.0") || LOOPBACK_NAMES.contains(originHost) || host.equals(originHost));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
