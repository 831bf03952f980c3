package dev.workbook.mends;

import com.corundumstudio.socketio.messages.PacketsMessage;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The Engine.IO 4 packets in what a client sent, one long-polling body or one WebSocket text frame,
 * as text: the mends read them before netty-socketio does.
 */
final class EngineIoPayload {

    /** The separator of packets in one long-polling body, from Engine.IO 4 on. */
    static final String RECORD_SEPARATOR = "\u001e";

    private EngineIoPayload() {
    }

    /**
     * The packets, or an empty list when they are not Engine.IO 4 text packets: an older client's
     * payload, or the binary attachments of a packet that announced them.
     */
    static List<String> packetsOf(PacketsMessage message) {
        boolean awaitingAttachments = message.getClient().getLastBinaryPacket() != null
                && !message.getClient().getLastBinaryPacket().isAttachmentsLoaded();
        if (message.getClient().getEngineIOVersion() != EngineIOVersion.V4 || awaitingAttachments) {
            return List.of();
        }
        return Arrays.asList(message.getContent().toString(StandardCharsets.UTF_8).split(RECORD_SEPARATOR, -1));
    }

    /** The same message carrying {@code packets} instead. */
    static PacketsMessage withPackets(PacketsMessage message, List<String> packets) {
        byte[] body = String.join(RECORD_SEPARATOR, packets).getBytes(StandardCharsets.UTF_8);
        return new PacketsMessage(message.getClient(), Unpooled.wrappedBuffer(body), message.getTransport());
    }
}
