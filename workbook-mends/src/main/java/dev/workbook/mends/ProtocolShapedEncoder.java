package dev.workbook.mends;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.AuthPacket;
import com.corundumstudio.socketio.protocol.JsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketEncoder;
import com.corundumstudio.socketio.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * netty-socketio 2.0.14's packet encoder, writing two packets in the shape the protocols define: the
 * Engine.IO open packet with {@code maxPayload}, which the browser client needs to split what it
 * sends over long polling, and a CONNECT_ERROR whose data is {@code {"message": ...}}, where the
 * library writes a bare string that the official client shows as an empty {@code err.message}.
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#writesPacketsInTheWrongShape",
        notes = "packets-in-the-wrong-shape")
class ProtocolShapedEncoder extends PacketEncoder {

    private final int maxPayload;

    ProtocolShapedEncoder(Configuration configuration, JsonSupport jsonSupport) {
        super(configuration, jsonSupport);
        this.maxPayload = configuration.getMaxHttpContentLength(); // what one long-polling POST may carry
    }

    @Override
    public void encodePacket(Packet packet, ByteBuf buffer, ByteBufAllocator allocator, boolean binary) throws IOException {
        if (packet.getType() == PacketType.OPEN && packet.getData() instanceof AuthPacket open) {
            packet.setData(new OpenPacket(open.getSid(), open.getUpgrades(), open.getPingInterval(), open.getPingTimeout(), maxPayload));
        } else if (packet.getSubType() == PacketType.ERROR && packet.getData() instanceof String message) {
            packet.setData(Map.of("message", message));
        }
        super.encodePacket(packet, buffer, allocator, binary);
    }

    /**
     * The open packet's data as Engine.IO 4 defines it.
     *
     * @see <a href="https://socket.io/docs/v4/engine-io-protocol/#handshake">Engine.IO protocol: handshake</a>
     */
    record OpenPacket(UUID sid, String[] upgrades, int pingInterval, int pingTimeout, int maxPayload) {
    }
}
