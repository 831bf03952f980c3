package dev.workbook.mends;

import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.messages.PacketsMessage;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the session of a client that sends a packet that is neither Engine.IO nor Socket.IO, or an
 * Engine.IO {@code close}, as both protocols say, where netty-socketio 2.0.14 reads {@code abc} or
 * {@code 4abc} as some other packet and keeps a WebSocket open after a {@code close}, with no
 * heartbeat left to end it.
 *
 * @see <a href="https://socket.io/docs/v4/engine-io-protocol/#packet-encoding">Engine.IO protocol: packet encoding</a>
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#keepsTheWebSocketOpen",
        notes = "sessions-that-do-not-end")
@Sharable
final class SessionEndingPackets extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookSessionEndingPackets";
    private static final Logger LOG = LoggerFactory.getLogger(SessionEndingPackets.class);

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof PacketsMessage message) {
            List<String> packets = EngineIoPayload.packetsOf(message);
            String ending = packets.stream().filter(SessionEndingPackets::endsTheSession).findFirst().orElse(null);
            if (ending != null) {
                end(ctx, message, ending);
                return;
            }
        }
        super.channelRead(ctx, msg);
    }

    /** An Engine.IO {@code close}, or no packet at all: a type digit, then for a message a Socket.IO type digit. */
    static boolean endsTheSession(String packet) {
        if (packet.startsWith("b")) {
            return false; // binary data in base64, over long polling
        }
        boolean engineIoType = !packet.isEmpty() && packet.charAt(0) >= '1' && packet.charAt(0) <= '6';
        boolean socketIoType = packet.length() > 1 && packet.charAt(1) >= '0' && packet.charAt(1) <= '6';
        return !engineIoType || packet.startsWith("1") || packet.startsWith("4") && !socketIoType;
    }

    private static void end(ChannelHandlerContext ctx, PacketsMessage message, String packet) {
        ClientHead client = message.getClient();
        if (packet.startsWith("1")) {
            LOG.debug("{} closed its session", client.getSessionId());
        } else {
            LOG.info("{}: ended session {} on a packet that is not Engine.IO: {}", client.getRemoteAddress(),
                    client.getSessionId(), packet.length() > 40 ? packet.substring(0, 40) + "..." : packet);
        }
        // A pending long-polling request is answered with a noop, then finds the session gone next time.
        client.send(new Packet(PacketType.NOOP, client.getEngineIOVersion()), Transport.POLLING);
        client.onChannelDisconnect();
        if (message.getTransport() == Transport.WEBSOCKET) {
            closeWebSocket(ctx, packet.startsWith("1"));
        }
    }

    /**
     * Starts the closing handshake with a Close frame, then drops the connection, as RFC 6455 section
     * 7.1.2 asks: a client told only by the connection's end reports an abnormal closure (1006), and
     * the JDK's client sometimes does not notice that end at all.
     */
    private static void closeWebSocket(ChannelHandlerContext ctx, boolean clientAsked) {
        CloseWebSocketFrame close = clientAsked
                ? new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE)
                : new CloseWebSocketFrame(WebSocketCloseStatus.PROTOCOL_ERROR, "not an Engine.IO packet");
        ctx.channel().writeAndFlush(close).addListener(ChannelFutureListener.CLOSE);
    }
}
