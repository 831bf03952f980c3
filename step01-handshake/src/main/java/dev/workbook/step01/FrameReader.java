package dev.workbook.step01;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads WebSocket frames from a client's stream: the header first, then the payload in pieces as
 * they arrive, unmasked.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.2">RFC 6455, section 5.2</a>
 */
public final class FrameReader {

    private static final int CHUNK_BYTES = 8 * 1024;

    /** Receives the unmasked payload of a frame, piece by piece. */
    @FunctionalInterface
    public interface PayloadSink {
        void accept(byte[] data, int offset, int length) throws ProtocolException;
    }

    private final InputStream in;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    /**
     * Decodes the next frame header, or returns {@code null} when the stream ended cleanly
     * between frames.
     *
     * @throws ProtocolException with 1002 for a 64-bit length whose most significant bit is set
     * @throws EOFException when the stream ends inside the header
     */
    public FrameHeader readHeader() throws IOException, ProtocolException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        // BEGIN EXERCISE 1.3: Decode FIN, RSV, opcode, MASK, the 7/16/64-bit length and the masking key.
        int second = readByte();
        boolean fin = (first & 0x80) != 0;
        int rsv = (first >> 4) & 0x7;
        int opcode = first & 0x0F;
        boolean masked = (second & 0x80) != 0;
        long length = second & 0x7F;
        if (length == 126) {
            length = readUnsigned(2);
        } else if (length == 127) {
            length = readUnsigned(8);
            if (length < 0) {
                throw new ProtocolException(CloseCodes.PROTOCOL_ERROR, "64-bit payload length with its most significant bit set");
            }
        }
        byte[] maskingKey = masked ? readExactly(4) : null;
        return new FrameHeader(fin, rsv, opcode, masked, length, maskingKey);
        // END EXERCISE 1.3
    }

    /**
     * Reads the frame's payload, unmasks it and hands it to {@code sink} in pieces as they
     * arrive, so that a bad byte can be refused before the rest of the frame is read.
     */
    // tag::read-payload[]
    public void readPayload(FrameHeader header, PayloadSink sink) throws IOException, ProtocolException {
        byte[] buffer = new byte[(int) Math.min(CHUNK_BYTES, Math.max(1, header.payloadLength()))];
        long position = 0;
        while (position < header.payloadLength()) {
            int wanted = (int) Math.min(buffer.length, header.payloadLength() - position);
            int read = in.read(buffer, 0, wanted);
            if (read < 0) {
                throw new EOFException("stream ended inside a frame's payload");
            }
            if (header.masked()) {
                Masking.unmask(buffer, 0, read, header.maskingKey(), position);
            }
            sink.accept(buffer, 0, read);
            position += read;
        }
    }
    // end::read-payload[]

    /** Reads a whole payload at once; for control frames, whose payload is at most 125 bytes. */
    public byte[] readSmallPayload(FrameHeader header) throws IOException, ProtocolException {
        byte[] payload = new byte[(int) header.payloadLength()];
        int[] filled = {0};
        readPayload(header, (data, offset, length) -> {
            System.arraycopy(data, offset, payload, filled[0], length);
            filled[0] += length;
        });
        return payload;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("stream ended inside a frame header");
        }
        return b;
    }

    /** Reads a big-endian (network order) unsigned number of {@code bytes} bytes. */
    private long readUnsigned(int bytes) throws IOException {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = (value << 8) | readByte();
        }
        return value;
    }

    private byte[] readExactly(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException("stream ended inside a frame header");
        }
        return bytes;
    }
}
