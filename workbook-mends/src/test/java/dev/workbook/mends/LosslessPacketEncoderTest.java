package dev.workbook.mends;

import static org.assertj.core.api.Assertions.assertThat;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.JacksonJsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketEncoder;
import com.corundumstudio.socketio.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A burst of packets for a long-polling client: netty-socketio's encoder loses one, the mended one none. */
@Tag("support")
class LosslessPacketEncoderTest {

    private static final int LIMIT = 50;
    private static final int BURST = 60;
    private final Configuration configuration = new Configuration();

    @Test
    @DisplayName("Of 60 waiting packets, one response carries 50 and leaves the other 10 for the next")
    void leavesWhatDoesNotFitForTheNextResponse() throws IOException {
        Queue<Packet> waiting = burst();

        String payload = encode(new LosslessPacketEncoder(configuration, new JacksonJsonSupport()), waiting);

        assertThat(payload.split("\u001e")).as("packets in the response").hasSize(LIMIT);
        assertThat(waiting).as("packets left for the next response").hasSize(BURST - LIMIT);
    }

    @Test
    @DisplayName("netty-socketio's own encoder takes 51 of them and writes 50: the reason for the mended one")
    void theLibrarysEncoderLosesOne() throws IOException {
        Queue<Packet> waiting = burst();

        String payload = encode(new PacketEncoder(configuration, new JacksonJsonSupport()), waiting);

        assertThat(payload.split("\u001e")).as("packets in the response").hasSize(LIMIT);
        assertThat(waiting).as("packets left; if this fails with 10, netty-socketio fixed it and the mend can go")
                .hasSize(BURST - LIMIT - 1);
    }

    private static Queue<Packet> burst() {
        Queue<Packet> packets = new ArrayDeque<>();
        for (int i = 0; i < BURST; i++) {
            Packet packet = new Packet(PacketType.MESSAGE, EngineIOVersion.V4);
            packet.setSubType(PacketType.EVENT);
            packet.setName("n");
            packet.setData(List.of(i));
            packet.setNsp("");
            packets.add(packet);
        }
        return packets;
    }

    private static String encode(PacketEncoder encoder, Queue<Packet> packets) throws IOException {
        ByteBuf out = Unpooled.buffer();
        try {
            encoder.encodePackets(packets, out, Unpooled.buffer().alloc(), LIMIT);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            out.release();
        }
    }
}
