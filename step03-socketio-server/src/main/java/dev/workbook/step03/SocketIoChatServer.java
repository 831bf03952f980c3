package dev.workbook.step03;

import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import dev.workbook.socketio.FreePortStart;
import dev.workbook.socketio.PageAndChat;
import dev.workbook.socketio.WorkbookServerConfig;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket.IO chat server: netty-socketio set up for this workbook, with the chat's events on the
 * {@value #NAMESPACE} namespace.
 */
public final class SocketIoChatServer implements PageAndChat.ChatServer {

    /** A namespace of its own: on it, the handshake check runs before the connect listener. */
    public static final String NAMESPACE = "/chat";
    /** The transports' last-resort limit; the chat's own limit (an error ack) is far below it. */
    public static final int MAX_PAYLOAD_BYTES = WorkbookServerConfig.MAX_PAYLOAD_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(SocketIoChatServer.class);

    private final SocketIOServer server;
    private final ChatEvents events;
    private final int port;

    private SocketIoChatServer(Step03Settings settings, int port, Consumer<Throwable> errors) {
        this.server = WorkbookServerConfig.newServer(WorkbookServerConfig.of(settings.host(), port, settings.webPort(),
                settings.pingInterval(), settings.pingTimeout()));
        this.events = new ChatEvents(server.addNamespace(NAMESPACE), new HandshakeCheck(settings.token()), Clock.systemUTC(), errors);
        this.port = port;
        events.register();
    }

    /** Starts on the settings' socket port, or on a free one when it is 0. */
    public static SocketIoChatServer start(Step03Settings settings, Consumer<Throwable> errors) throws IOException {
        SocketIoChatServer chat = FreePortStart.start(settings.host(), settings.socketPort(),
                port -> new SocketIoChatServer(settings, port, errors), started -> started.server);
        LOG.info("Socket.IO chat listening on http://{}:{}{}", settings.host(), chat.port, NAMESPACE);
        return chat;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** How many joined clients are online. */
    public int onlineCount() {
        return events.onlineCount();
    }

    /** Stops at once, closing every connection: clients see the transport close and start reconnecting. */
    @Override
    public void close() {
        NettyShutdown.quickly(server);
    }
}
