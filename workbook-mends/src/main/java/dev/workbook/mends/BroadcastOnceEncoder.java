package dev.workbook.mends;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketEncoder;
import com.corundumstudio.socketio.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.concurrent.FastThreadLocal;
import java.io.IOException;
import java.util.Objects;
import java.util.Queue;

/**
 * Encodes a room broadcast once for all its WebSocket members, where netty-socketio 2.0.14 encodes
 * the same packet again for each (see docs/library-notes.md, "A broadcast encoded once per member").
 *
 * <p>A packet counts as the same only if it is the same object with the same data object, name and
 * namespace: an application that reuses a packet for new data gets it encoded anew. Everything else
 * goes to the encoder it wraps, unchanged.
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "BroadcastOnceEncoderTest#theLibraryEncodesOncePerMember",
        notes = "a-broadcast-encoded-once-per-member")
final class BroadcastOnceEncoder extends PacketEncoder {

    private final PacketEncoder encoder;
    private final FastThreadLocal<Encoded> lastEvent = new FastThreadLocal<>();

    BroadcastOnceEncoder(PacketEncoder encoder, Configuration configuration) {
        super(configuration, encoder.getJsonSupport());
        this.encoder = encoder;
    }

    @Override
    public void encodePacket(Packet packet, ByteBuf buffer, ByteBufAllocator allocator, boolean binary) throws IOException {
        // "binary" is how netty-socketio asks for a WebSocket frame; a polling payload is framed per client.
        if (!binary || packet.getType() != PacketType.MESSAGE || packet.getSubType() != PacketType.EVENT) {
            encoder.encodePacket(packet, buffer, allocator, binary);
            return;
        }
        Encoded last = lastEvent.get();
        if (last != null && last.isOf(packet)) {
            buffer.writeBytes(last.bytes());
            return;
        }
        int start = buffer.writerIndex();
        encoder.encodePacket(packet, buffer, allocator, true);
        if (!packet.hasAttachments() && packet.getAckId() == null) { // attachments go out as frames of their own
            byte[] bytes = new byte[buffer.writerIndex() - start];
            buffer.getBytes(start, bytes);
            lastEvent.set(new Encoded(packet, packet.getData(), bytes));
        }
    }

    @Override
    public void encodePackets(Queue<Packet> packets, ByteBuf buffer, ByteBufAllocator allocator, int limit) throws IOException {
        encoder.encodePackets(packets, buffer, allocator, limit);
    }

    @Override
    public void encodeJsonP(Integer jsonpIndex, Queue<Packet> packets, ByteBuf out, ByteBufAllocator allocator, int limit)
            throws IOException {
        encoder.encodeJsonP(jsonpIndex, packets, out, allocator, limit);
    }

    /** One event as it went out: the packet and data it came from (by identity), its name and namespace, and its bytes. */
    private record Encoded(Packet packet, Object data, String name, String namespace, byte[] bytes) {

        Encoded(Packet packet, Object data, byte[] bytes) {
            this(packet, data, packet.getName(), packet.getNsp(), bytes);
        }

        boolean isOf(Packet other) {
            Object otherData = other.getData();
            return other == packet && otherData == data && Objects.equals(other.getName(), name)
                    && Objects.equals(other.getNsp(), namespace) && other.getAckId() == null;
        }
    }
}
