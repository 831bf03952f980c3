package dev.workbook.socketio;

import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.listener.DefaultExceptionListener;
import dev.workbook.mends.LosslessPollingInitializer;
import io.netty.channel.ChannelHandlerContext;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * netty-socketio's configuration as the workbook's Socket.IO servers use it: a restart gets its
 * port back, no WebSocket compression, a payload limit, pages checked by their Origin, and bad
 * input logged in one line instead of a stack trace.
 */
public final class WorkbookServerConfig {

    /** The transports' last-resort limit; the chats' own limits (error acks) are far below it. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookServerConfig.class);

    private WorkbookServerConfig() {
    }

    /**
     * A server, not started, with this configuration, and with long polling mended (see
     * {@link LosslessPollingInitializer}).
     */
    public static SocketIOServer newServer(Configuration config) {
        SocketIOServer server = new SocketIOServer(config);
        LosslessPollingInitializer.installIn(server);
        return server;
    }

    /**
     * @param host the address to listen on; 0.0.0.0 lets a classroom in
     * @param port the port to listen on
     * @param webPort the port of the page allowed to connect (see {@link OriginCheck})
     */
    public static Configuration of(String host, int port, int webPort, Duration pingInterval, Duration pingTimeout) {
        Configuration config = new Configuration();
        config.setHostname(host);
        config.setPort(port);
        config.getSocketConfig().setReuseAddress(true); // a restarted server gets its port back despite TIME_WAIT
        config.setWebsocketCompression(false); // on by default, and it costs far more CPU than it saves here
        // One event loop per core, not Netty's two: on 2 cores the extra loops cost echo and broadcast CPU (step 05).
        config.setWorkerThreads(Runtime.getRuntime().availableProcessors());
        config.setPingInterval((int) pingInterval.toMillis());
        config.setPingTimeout((int) pingTimeout.toMillis());
        config.setMaxFramePayloadLength(MAX_PAYLOAD_BYTES);
        config.setMaxHttpContentLength(MAX_PAYLOAD_BYTES);
        OriginCheck origins = new OriginCheck(host, webPort);
        config.setAuthorizationListener(handshake -> {
            String origin = handshake.getHttpHeaders().get("Origin");
            if (origins.allows(origin)) {
                return AuthorizationResult.SUCCESSFUL_AUTHORIZATION;
            }
            LOG.info("refused a connection from a page at {}", origin);
            return AuthorizationResult.FAILED_AUTHORIZATION;
        });
        config.setExceptionListener(new DefaultExceptionListener() {
            @Override
            public boolean exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
                LOG.info("dropped what {} sent: {}", ctx.channel().remoteAddress(), e.toString());
                return true;
            }
        });
        return config;
    }
}
