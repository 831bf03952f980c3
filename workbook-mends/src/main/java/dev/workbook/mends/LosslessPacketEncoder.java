package dev.workbook.mends;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.JsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.util.Queue;

/**
 * netty-socketio's packet encoder, mended: when more than {@code limit} packets wait for a
 * long-polling response, netty-socketio 2.0.14 takes one more off the queue than it writes, and
 * that packet is lost. This one stops before taking it; the rest go with the next response.
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "LosslessPacketEncoderTest#theLibrarysEncoderLosesOne",
        notes = "a-packet-lost-in-a-long-polling-burst")
final class LosslessPacketEncoder extends ProtocolShapedEncoder {

    /** The separator of packets in one long-polling payload, from Engine.IO 3 on. */
    private static final byte RECORD_SEPARATOR = 0x1e;

    LosslessPacketEncoder(Configuration configuration, JsonSupport jsonSupport) {
        super(configuration, jsonSupport);
    }

    @Override
    public void encodePackets(Queue<Packet> packets, ByteBuf buffer, ByteBufAllocator allocator, int limit) throws IOException {
        for (int written = 0; written < limit; written++) { // the limit is checked before a packet is taken, not after
            Packet packet = packets.poll();
            if (packet == null) {
                return;
            }
            if (written > 0) {
                buffer.writeByte(RECORD_SEPARATOR);
            }
            encodePacket(packet, buffer, allocator, false);
            for (ByteBuf attachment : packet.getAttachments()) {
                buffer.writeByte(1);
                buffer.writeBytes(longToBytes(attachment.readableBytes() + 1));
                buffer.writeByte(0xff);
                buffer.writeByte(4);
                buffer.writeBytes(attachment);
            }
        }
    }
}
