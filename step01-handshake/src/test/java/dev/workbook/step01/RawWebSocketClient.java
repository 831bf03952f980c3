package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.ServerErrors;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket client on a bare socket that can send what no well-behaved client would: bad
 * handshakes, unmasked frames, broken UTF-8. It encodes and decodes frames with its own code, so
 * that a test of one exercise does not lean on the learner's solution of another.
 */
final class RawWebSocketClient implements AutoCloseable {

    static final String VALID_KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    /** Bounds every read, so a silent server fails the test at once instead of hanging it: loopback answers in milliseconds. */
    private static final int READ_TIMEOUT_MILLIS = 1000;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

    /** A frame as the server sent it. */
    record ServerFrame(boolean fin, int opcode, byte[] payload) {
        int closeCode() {
            return payload.length < 2 ? CloseCodes.NO_STATUS : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private String handshakeResponse = "";

    private RawWebSocketClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Opens a socket without sending anything. */
    static RawWebSocketClient open(int port) throws IOException {
        return new RawWebSocketClient(port);
    }

    /** Opens a socket and completes a valid handshake. */
    static RawWebSocketClient connect(int port) throws IOException {
        RawWebSocketClient client = open(port);
        client.sendRaw(validRequest(port).getBytes(StandardCharsets.US_ASCII));
        String head = client.readResponseHead();
        client.handshakeResponse = head;
        if (!head.startsWith("HTTP/1.1 101")) {
            String body = client.readBody(head);
            client.close();
            throw new AssertionError("Expected the handshake to succeed with 101, but the server answered:\n" + head + body);
        }
        return client;
    }

    /** The server's answer to {@link #connect}'s handshake. */
    String handshakeResponse() {
        return handshakeResponse;
    }

    static String validRequest(int port) {
        return "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + VALID_KEY + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends a masked frame with the given first byte (FIN, RSV and opcode). */
    void sendFrame(int firstByte, byte[] payload) throws IOException {
        sendRaw(frame(firstByte, payload, true));
    }

    /** Sends a frame without a mask, which a server must refuse. */
    void sendUnmaskedFrame(int firstByte, byte[] payload) throws IOException {
        sendRaw(frame(firstByte, payload, false));
    }

    /** Reads the HTTP answer up to its blank line, or all of it when the server closes first. */
    String readResponseHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads the server's whole answer to a request: its head, and the body its Content-Length
     * announces. A 101 has no body: the connection stays open, and the answer ends with the head.
     */
    String readResponse() throws IOException {
        String head = readResponseHead();
        return head.startsWith("HTTP/1.1 101") ? head : head + readBody(head);
    }

    private String readBody(String head) throws IOException {
        Matcher length = CONTENT_LENGTH.matcher(head);
        return length.find() ? new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8) : "";
    }

    /** Reads the server's next frame. */
    ServerFrame readFrame() throws IOException {
        int first = readByte();
        int second = readByte();
        long length = second & 0x7F;
        if (length >= 126) {
            int bytes = length == 126 ? 2 : 8;
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | readByte();
            }
        }
        if ((second & 0x80) != 0) {
            throw new AssertionError("The server sent a masked frame; servers must never mask (RFC 6455 section 5.1)");
        }
        byte[] payload = in.readNBytes((int) length);
        return new ServerFrame((first & 0x80) != 0, first & 0x0F, payload);
    }

    /** Whether the server closed the TCP connection (end of stream) within the read timeout. */
    boolean serverClosedConnection() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }

    /**
     * Asserts the server failed the connection as RFC 6455 section 7.1.7 says: a close frame with
     * {@code code}, then the end of the TCP connection.
     *
     * @param sent what the test sent, in words, for the failure message
     */
    void assertFailsWith(int code, Exercise exercise, String sent, ServerErrors errors) throws IOException {
        ServerFrame answer = readFrame();
        errors.rethrowFirst();

        assertThat(answer.opcode()).as("%s: after %s the server should send a close frame (opcode 0x8)", exercise, sent).isEqualTo(0x8);
        assertThat(answer.closeCode()).as("%s: the close code after %s", exercise, sent).isEqualTo(code);
        assertThat(serverClosedConnection())
                .as("%s: after its close frame the server should close the TCP connection", exercise).isTrue();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the server closed the connection before sending a whole frame");
        }
        return b;
    }

    static byte[] frame(int firstByte, byte[] payload, boolean masked) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(firstByte);
        int maskBit = masked ? 0x80 : 0;
        if (payload.length <= 125) {
            frame.write(maskBit | payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(maskBit | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        } else {
            frame.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift));
            }
        }
        byte[] key = new byte[4];
        if (masked) {
            ThreadLocalRandom.current().nextBytes(key);
            frame.write(key, 0, 4);
        }
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ key[i % 4]);
        }
        return frame.toByteArray();
    }
}
