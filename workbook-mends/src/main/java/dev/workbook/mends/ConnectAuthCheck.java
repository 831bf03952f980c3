package dev.workbook.mends;

import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.messages.PacketsMessage;
import com.corundumstudio.socketio.protocol.JsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses with a CONNECT_ERROR a CONNECT whose {@code auth} is not a JSON object, which
 * netty-socketio 2.0.14 fails to decode and drops with two stack traces, never answering: the client
 * would wait in "connecting" for ever.
 *
 * @see <a href="https://socket.io/docs/v4/socket-io-protocol/#connection-to-a-namespace">Socket.IO protocol: connection to a namespace</a>
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#neverAnswersAuthThatIsNotAnObject",
        notes = "a-connect-whose-auth-is-not-an-object")
@Sharable
final class ConnectAuthCheck extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookConnectAuthCheck";
    /** Starts what the client's {@code connect_error} shows; the kind of JSON it sent follows. */
    static final String MESSAGE = "send {nickname} in the handshake's auth: an object, not ";
    private static final String CONNECT = "40";
    private static final Logger LOG = LoggerFactory.getLogger(ConnectAuthCheck.class);

    private final JsonSupport json;

    ConnectAuthCheck(JsonSupport json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (!(msg instanceof PacketsMessage message)) {
            super.channelRead(ctx, msg);
            return;
        }
        List<String> packets = EngineIoPayload.packetsOf(message);
        List<String> kept = new ArrayList<>();
        for (String packet : packets) {
            String refusal = packet.startsWith(CONNECT) ? refusalOf(packet) : null;
            if (refusal == null) {
                kept.add(packet);
            } else {
                refuse(message.getClient(), namespaceOf(packet), refusal);
            }
        }
        if (kept.size() == packets.size()) {
            super.channelRead(ctx, msg);
        } else if (!kept.isEmpty()) {
            super.channelRead(ctx, EngineIoPayload.withPackets(message, kept));
        }
    }

    /** Why a CONNECT is refused, or null when its auth is absent, {@code null} or an object. */
    private String refusalOf(String connect) {
        String auth = authOf(connect);
        if (auth.isEmpty()) {
            return null;
        }
        try {
            Object value = json.readValue("", new ByteBufInputStream(Unpooled.wrappedBuffer(auth.getBytes(StandardCharsets.UTF_8))), Object.class);
            return value == null || value instanceof Map ? null : MESSAGE + kindOf(value);
        } catch (IOException notJson) {
            return MESSAGE + "text that is not JSON";
        }
    }

    private void refuse(ClientHead client, String namespace, String reason) {
        LOG.info("{}: refused a CONNECT to {}: {}", client.getRemoteAddress(), namespace.isEmpty() ? "/" : namespace, reason);
        Packet error = new Packet(PacketType.MESSAGE, client.getEngineIOVersion());
        error.setSubType(PacketType.ERROR);
        error.setNsp(namespace);
        error.setData(Map.of("message", reason));
        client.send(error);
    }

    /** {@code 40/chat,{...}} names its namespace up to the comma; {@code 40{...}} is the default one, "" here. */
    private static String namespaceOf(String connect) {
        String rest = connect.substring(CONNECT.length());
        if (!rest.startsWith("/")) {
            return "";
        }
        int comma = rest.indexOf(',');
        return comma < 0 ? rest : rest.substring(0, comma);
    }

    private static String authOf(String connect) {
        String rest = connect.substring(CONNECT.length());
        if (!rest.startsWith("/")) {
            return rest;
        }
        int comma = rest.indexOf(',');
        return comma < 0 ? "" : rest.substring(comma + 1);
    }

    private static String kindOf(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value instanceof Boolean ? "a boolean" : "a number";
    }
}
