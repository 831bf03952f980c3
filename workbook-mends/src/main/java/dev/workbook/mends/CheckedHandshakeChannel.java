package dev.workbook.mends;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's socket as Java-WebSocket 1.6.0 reads it, which checks the opening handshake by
 * {@link UpgradeRequestRules} before the library sees its last byte, and answers a bad one itself:
 * the library can only answer 404 or 500, and upgrades some requests that RFC 6455 refuses.
 */
@Mend(library = "org.java-websocket:Java-WebSocket", version = "1.6.0",
        canary = "JavaWebSocketCanaryTest#answersBadHandshakesWith404OrAnUpgrade",
        notes = "bad-handshakes-answered-404")
final class CheckedHandshakeChannel implements ByteChannel {

    /** Longer than any browser's handshake; past it, the request is refused unread. */
    static final int MAX_HEAD_BYTES = 8192;
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(CheckedHandshakeChannel.class);

    private final SocketChannel socket;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private boolean checked;

    CheckedHandshakeChannel(SocketChannel socket) {
        this.socket = socket;
    }

    @Override
    public int read(ByteBuffer into) throws IOException {
        int start = into.position();
        int read = socket.read(into);
        if (checked || read <= 0) {
            return read;
        }
        head.write(into.array(), into.arrayOffset() + start, read);
        int end = indexOfEnd(head.toByteArray());
        if (end < 0 && head.size() <= MAX_HEAD_BYTES) {
            return read; // the library waits for the rest of the head, and so does this check
        }
        checked = true;
        UpgradeRequestRules.Refusal refusal = end < 0 ? new UpgradeRequestRules.Refusal(400, "the request head is too long", "")
                : UpgradeRequestRules.refusalOf(head.toString(StandardCharsets.ISO_8859_1).substring(0, end));
        head.reset();
        if (refusal == null) {
            return read;
        }
        LOG.info("{}: refused a handshake with {}: {}", socket.getRemoteAddress(), refusal.status(), refusal.reason());
        into.position(start); // the library never sees the end of this request
        ByteBuffer answer = ByteBuffer.wrap(refusal.toHttp());
        while (answer.hasRemaining()) {
            socket.write(answer);
        }
        return -1; // and closes the connection, as it does at the end of a stream
    }

    @Override
    public int write(ByteBuffer from) throws IOException {
        return socket.write(from);
    }

    @Override
    public boolean isOpen() {
        return socket.isOpen();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static int indexOfEnd(byte[] bytes) {
        for (int i = 0; i + END_OF_HEAD.length <= bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
