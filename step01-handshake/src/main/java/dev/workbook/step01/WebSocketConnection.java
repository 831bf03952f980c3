package dev.workbook.step01;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client after the handshake: reads its frames, answers control frames, hands whole messages
 * to the application, and runs the closing handshake.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5">RFC 6455, sections 5 and 7</a>
 */
public final class WebSocketConnection {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketConnection.class);
    /** How many payload bytes of each frame the listener sees. */
    static final int PREVIEW_BYTES = 64;

    private final long id;
    private final FrameReader reader;
    private final OutputStream out;
    private final MessageAssembler assembler;
    private final MessageHandler handler;
    private final ServerListener listener;
    private final AtomicBoolean closeSent = new AtomicBoolean();

    WebSocketConnection(long id, InputStream in, OutputStream out, long maxMessageBytes,
                        MessageHandler handler, ServerListener listener) {
        this.id = id;
        this.reader = new FrameReader(in);
        this.out = out;
        this.assembler = new MessageAssembler(maxMessageBytes);
        this.handler = handler;
        this.listener = listener;
    }

    /** The number the server gave this connection, for logs. */
    public long id() {
        return id;
    }

    /** Sends a whole message in one frame. Safe to call from any thread. */
    public void send(Message message) throws IOException {
        sendFrame(message.type(), message.payload());
    }

    /** Reads frames until the connection closes, for whatever reason; never throws. */
    void run() {
        try {
            readFrames();
        } catch (ProtocolException broken) {
            LOG.info("connection {}: failing with {}: {}", id, broken.closeCode(), broken.getMessage());
            sendClose(new CloseFrame(broken.closeCode(), broken.getMessage()));
        } catch (SocketTimeoutException idle) {
            LOG.info("connection {}: idle for too long; closing with 1001", id);
            sendClose(new CloseFrame(CloseCodes.GOING_AWAY, "idle for too long"));
        } catch (IOException gone) {
            LOG.debug("connection {}: closed by the network: {}", id, gone.toString());
        } catch (RuntimeException bug) {
            LOG.error("connection {}: failed inside the server; closing with 1011", id, bug);
            listener.onError(bug);
            sendClose(new CloseFrame(CloseCodes.INTERNAL_ERROR, "internal error"));
        }
    }

    /** Starts the closing handshake from the server's side, as when it shuts down. */
    void initiateClose(int code, String reason) {
        sendClose(new CloseFrame(code, reason));
    }

    // tag::read-frames[]
    private void readFrames() throws IOException, ProtocolException {
        FrameHeader header;
        while ((header = reader.readHeader()) != null) {
            FrameRules.check(header);
            Opcode opcode = header.knownOpcode();
            if (opcode.isControl()) {
                byte[] payload = reader.readSmallPayload(header);
                listener.onFrame(id, ServerListener.Direction.RECEIVED, header, preview(payload, payload.length));
                if (!answerControl(opcode, payload)) {
                    return;
                }
            } else {
                readDataFrame(header);
            }
        }
    }
    // end::read-frames[]

    private void readDataFrame(FrameHeader header) throws IOException, ProtocolException {
        assembler.beginFrame(header);
        byte[] preview = new byte[(int) Math.min(PREVIEW_BYTES, header.payloadLength())];
        int[] previewed = {0};
        reader.readPayload(header, (data, offset, length) -> {
            int take = Math.min(length, preview.length - previewed[0]);
            System.arraycopy(data, offset, preview, previewed[0], take);
            previewed[0] += take;
            assembler.append(data, offset, length);
        });
        listener.onFrame(id, ServerListener.Direction.RECEIVED, header, preview);
        Message message = assembler.endFrame();
        if (message != null) {
            handler.onMessage(this, message);
        }
    }

    /** Answers a ping with a pong and a close with a close; returns {@code false} once the connection is closing. */
    // tag::answer-control[]
    private boolean answerControl(Opcode opcode, byte[] payload) throws IOException, ProtocolException {
        switch (opcode) {
            case PING:
                sendFrame(Opcode.PONG, payload);
                return true;
            case PONG:
                return true;
            default:
                CloseFrame close = CloseFrame.parse(payload);
                LOG.debug("connection {}: client closed with {} {}", id, close.code(), close.reason());
                // Echo the code (RFC 6455 section 5.5.1), without the reason; an empty close gets an empty one.
                sendClose(new CloseFrame(close.code(), ""));
                return false;
        }
    }
    // end::answer-control[]

    private void sendClose(CloseFrame close) {
        if (closeSent.compareAndSet(false, true)) {
            try {
                writeFrame(Opcode.CLOSE, close.toPayload());
            } catch (IOException gone) {
                LOG.debug("connection {}: could not send close: {}", id, gone.toString());
            } catch (RuntimeException bug) {
                LOG.error("connection {}: could not encode its close frame", id, bug);
                listener.onError(bug);
            }
        }
    }

    private void sendFrame(Opcode opcode, byte[] payload) throws IOException {
        if (closeSent.get()) {
            throw new IOException("connection " + id + " is closing; no more frames may be sent");
        }
        writeFrame(opcode, payload);
    }

    private void writeFrame(Opcode opcode, byte[] payload) throws IOException {
        byte[] frame = FrameEncoder.encode(true, opcode, payload);
        synchronized (out) {
            // Recorded before it is sent, so that whoever receives it finds it in the transcript.
            listener.onFrame(id, ServerListener.Direction.SENT, FrameHeader.unmasked(true, opcode, payload.length),
                    preview(payload, payload.length));
            out.write(frame);
            out.flush();
        }
    }

    private static byte[] preview(byte[] payload, int length) {
        return Arrays.copyOf(payload, Math.min(PREVIEW_BYTES, length));
    }
}
