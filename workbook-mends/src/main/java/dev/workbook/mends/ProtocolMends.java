package dev.workbook.mends;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.ack.AckManager;
import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.protocol.PacketDecoder;
import com.corundumstudio.socketio.scheduler.CancelableScheduler;
import com.corundumstudio.socketio.transport.PollingTransport;
import com.corundumstudio.socketio.transport.WebSocketTransport;
import io.netty.channel.ChannelPipeline;
import java.lang.reflect.Field;

/**
 * Puts the handlers that make netty-socketio 2.0.14 answer as Engine.IO 4 and Socket.IO 5 say into
 * its channel pipeline, each named for what it mends; the library's own objects they need are
 * private fields of its channel initializer, read once here.
 */
final class ProtocolMends {

    private final ConnectionCloseHeader connectionClose = new ConnectionCloseHeader();
    private final OversizeAnswer oversize;
    private final int maxRequestBytes;
    private final HandshakeRequestCheck handshakeCheck;
    private final UnknownSessionAnswer unknownSession;
    private final SessionEndingPackets sessionEnding = new SessionEndingPackets();
    private final ConnectAuthCheck authCheck;
    private final AuthorizeHandler authorize;
    private final PollingTransport polling;
    private final WebSocketTransport webSocket;

    ProtocolMends(SocketIOChannelInitializer initializer, Configuration configuration, NamespacesHub namespaces) {
        String connectPath = configuration.getContext() + "/";
        ClientsBox sessions = field(initializer, "clientsBox", ClientsBox.class);
        CancelableScheduler scheduler = field(initializer, "scheduler", CancelableScheduler.class);
        AckManager acks = field(initializer, "ackManager", AckManager.class);
        handshakeCheck = new HandshakeRequestCheck(connectPath);
        unknownSession = new UnknownSessionAnswer(connectPath, sessions);
        authCheck = new ConnectAuthCheck(configuration.getJsonSupport());
        oversize = new OversizeAnswer(configuration.getMaxFramePayloadLength());
        maxRequestBytes = configuration.getMaxHttpContentLength();
        authorize = new DefaultNamespaceOnConnect(connectPath, scheduler, configuration, namespaces, initializer, acks, sessions);
        // The transports call the handshake handler, so they are built again around the mended one.
        polling = new PollingTransport(new PacketDecoder(configuration.getJsonSupport(), acks), authorize, sessions);
        webSocket = new WebSocketTransport(configuration.getKeyStore() != null, authorize, configuration, scheduler, sessions);
    }

    /** Adds the mends to a pipeline that netty-socketio's initializer has just set up. */
    void addTo(ChannelPipeline pipeline) {
        pipeline.addAfter(SocketIOChannelInitializer.HTTP_ENCODER, ConnectionCloseHeader.NAME, connectionClose);
        pipeline.addBefore(SocketIOChannelInitializer.PACKET_HANDLER, SessionEndingPackets.NAME, sessionEnding);
        pipeline.addBefore(SocketIOChannelInitializer.PACKET_HANDLER, ConnectAuthCheck.NAME, authCheck);
        pipeline.addBefore(SocketIOChannelInitializer.AUTHORIZE_HANDLER, HandshakeRequestCheck.NAME, handshakeCheck);
        pipeline.addBefore(SocketIOChannelInitializer.AUTHORIZE_HANDLER, UnknownSessionAnswer.NAME, unknownSession);
        pipeline.replace(SocketIOChannelInitializer.AUTHORIZE_HANDLER, SocketIOChannelInitializer.AUTHORIZE_HANDLER, authorize);
        pipeline.replace(SocketIOChannelInitializer.XHR_POLLING_TRANSPORT, SocketIOChannelInitializer.XHR_POLLING_TRANSPORT, polling);
        pipeline.replace(SocketIOChannelInitializer.WEB_SOCKET_TRANSPORT, SocketIOChannelInitializer.WEB_SOCKET_TRANSPORT, webSocket);
        pipeline.addLast(OversizeAnswer.NAME, oversize);
        pipeline.addBefore(SocketIOChannelInitializer.HTTP_AGGREGATOR, OversizeRequestAnswer.NAME,
                new OversizeRequestAnswer(maxRequestBytes)); // one per connection: it follows the request being read
    }

    private static <T> T field(SocketIOChannelInitializer initializer, String name, Class<T> type) {
        try {
            Field field = SocketIOChannelInitializer.class.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(initializer));
        } catch (ReflectiveOperationException e) { // a renamed field: the mends were written for another version
            throw new IllegalStateException("netty-socketio's channel initializer has no field " + name
                    + ": check the mends in dev.workbook.mends against this version", e);
        }
    }
}
