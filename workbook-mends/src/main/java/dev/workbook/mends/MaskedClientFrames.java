package dev.workbook.mends;

import java.nio.ByteBuffer;
import java.util.List;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidFrameException;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.framing.Framedata;
import org.java_websocket.protocols.IProtocol;

/**
 * Java-WebSocket 1.6.0's RFC 6455 draft, which also refuses a client frame that is not masked, with
 * close code 1002: the library would unmask nothing and process it, though section 5.1 says a server
 * MUST close the connection.
 *
 * <p>It reads each frame's header as the bytes go by, before the library decodes them; the library
 * copies a draft for every connection, so each connection has its own.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.1">RFC 6455, section 5.1: overview of framing</a>
 */
@Mend(library = "org.java-websocket:Java-WebSocket", version = "1.6.0",
        canary = "JavaWebSocketCanaryTest#processesUnmaskedFrames",
        notes = "unmasked-client-frames")
public final class MaskedClientFrames extends Draft_6455 {

    public static final String REASON = "a client must mask every frame (RFC 6455, section 5.1)";
    private static final int MASK_BIT = 0x80;
    private static final int MASK_KEY_BYTES = 4;

    private final byte[] header = new byte[14];
    private int headerRead;
    private long payloadLeft;

    public MaskedClientFrames(List<IExtension> extensions, List<IProtocol> protocols, int maxFrameBytes) {
        super(extensions, protocols, maxFrameBytes);
    }

    @Override
    public List<Framedata> translateFrame(ByteBuffer buffer) throws InvalidDataException {
        checkMasks(buffer.duplicate());
        return super.translateFrame(buffer);
    }

    @Override
    public Draft copyInstance() {
        return new MaskedClientFrames(getKnownExtensions().stream().map(IExtension::copyInstance).toList(),
                getKnownProtocols().stream().map(IProtocol::copyInstance).toList(), getMaxFrameSize());
    }

    private void checkMasks(ByteBuffer bytes) throws InvalidFrameException {
        while (bytes.hasRemaining()) {
            if (payloadLeft > 0) {
                int skipped = (int) Math.min(payloadLeft, bytes.remaining());
                bytes.position(bytes.position() + skipped);
                payloadLeft -= skipped;
                continue;
            }
            header[headerRead++] = bytes.get();
            if (headerRead == 2 && (header[1] & MASK_BIT) == 0) {
                throw new InvalidFrameException(REASON);
            }
            if (headerRead > 1 && headerRead == headerLength()) {
                payloadLeft = payloadLength();
                headerRead = 0;
            }
        }
    }

    /** 2 bytes, then 0, 2 or 8 of extended length, then the masking key. */
    private int headerLength() {
        int length = header[1] & 0x7f;
        return 2 + (length == 126 ? 2 : length == 127 ? 8 : 0) + MASK_KEY_BYTES;
    }

    private long payloadLength() {
        int length = header[1] & 0x7f;
        if (length < 126) {
            return length;
        }
        long extended = 0;
        for (int i = 2; i < (length == 126 ? 4 : 10); i++) {
            extended = extended << 8 | header[i] & 0xff;
        }
        return extended;
    }
}
