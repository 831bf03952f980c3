package dev.workbook.step02;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat client on a bare socket, which does only what the test says: it can join and then fall
 * silent, reading nothing and answering no ping, as a client whose network died would; or send a
 * frame header and never its payload.
 */
final class RawChatSocket implements AutoCloseable {

    static final int TEXT = 0x1;
    static final int CLOSE = 0x8;
    private static final int FIN = 0x80;
    /** Bounds every read: loopback answers in milliseconds, so a silent server fails the test at once. */
    private static final int READ_TIMEOUT_MILLIS = 1000;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

    /** A frame as the server sent it. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return payload.length < 2 ? 1005 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawChatSocket(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Opens a socket and completes the opening handshake. */
    static RawChatSocket connect(int port) throws IOException {
        RawChatSocket client = new RawChatSocket(new Socket(InetAddress.getLoopbackAddress(), port));
        client.out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = client.readResponseHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            client.close();
            throw new AssertionError("Expected the handshake to succeed with 101, but the server answered:\n" + head);
        }
        return client;
    }

    /** Sends one masked text frame. */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        out.write(header(FIN | TEXT, payload.length));
        byte[] key = new byte[4];
        ThreadLocalRandom.current().nextBytes(key);
        out.write(key);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ key[i % 4]);
        }
        out.flush();
    }

    /** Sends one text frame without a mask, as only a server may (RFC 6455, section 5.1). */
    void sendUnmaskedText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] header = header(FIN | TEXT, payload.length);
        header[1] &= 0x7F; // the mask bit off
        out.write(header);
        out.write(payload);
        out.flush();
    }

    /** Sends a whole request on a new socket and returns everything the server answered until it closed. */
    static String answerTo(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                while (!answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return answer.toString(StandardCharsets.ISO_8859_1);
                    }
                    answer.write(b);
                }
                String head = answer.toString(StandardCharsets.ISO_8859_1);
                if (head.startsWith("HTTP/1.1 101")) {
                    return head; // upgraded: the connection stays open, and nothing more comes unasked
                }
                Matcher length = CONTENT_LENGTH.matcher(head);
                answer.write(length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes());
            } catch (SocketTimeoutException stillOpen) {
                answer.write("(the server kept the connection open)".getBytes(StandardCharsets.US_ASCII));
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** Sends the header and mask key of a masked frame announcing {@code length} bytes, and none of them. */
    void sendHeaderOnly(int opcode, long length) throws IOException {
        out.write(header(FIN | opcode, length));
        out.write(new byte[4]);
        out.flush();
    }

    /** The server's next frame if one starts within {@code wait}, else null. */
    Frame readFrameWithin(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return readFrame();
        } catch (SocketTimeoutException nothing) {
            return null;
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        }
    }

    /** Reads the server's next frame, whatever it is. */
    Frame readFrame() throws IOException {
        int first = readByte();
        long length = readByte() & 0x7F;
        if (length >= 126) {
            int bytes = length == 126 ? 2 : 8;
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | readByte();
            }
        }
        return new Frame(first & 0x0F, in.readNBytes((int) length));
    }

    /** Reads frames, skipping the server's pings, up to the next text frame. */
    String nextText() throws IOException {
        while (true) {
            Frame frame = readFrame();
            if (frame.opcode() == TEXT) {
                return frame.text();
            }
        }
    }

    /** Reads and drops whatever the server sent; true once it closes the TCP connection, false if it has not within {@code limit}. */
    boolean closedByServerWithin(Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        byte[] buffer = new byte[4096];
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true; // a reset ends the connection as surely as a FIN
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private String readResponseHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            head.write(readByte());
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the server closed the connection");
        }
        return b;
    }

    private static byte[] header(int firstByte, long length) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(firstByte);
        if (length <= 125) {
            header.write(0x80 | (int) length);
        } else if (length <= 0xFFFF) {
            header.write(0x80 | 126);
            header.write((int) (length >> 8));
            header.write((int) length);
        } else {
            header.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                header.write((int) (length >> shift));
            }
        }
        return header.toByteArray();
    }
}
