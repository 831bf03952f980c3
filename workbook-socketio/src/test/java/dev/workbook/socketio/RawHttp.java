package dev.workbook.socketio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request on a socket of its own, read by hand, so a test sees exactly what the server
 * answered, its {@code Connection} header, and whether it closed the connection afterwards.
 *
 * @param status the status code, or 0 when no answer came within {@link #READ_TIMEOUT_MILLIS}
 * @param headers the headers, names in lower case
 * @param body the body, as text
 * @param closedAfter whether the server closed the connection after its answer
 */
record RawHttp(int status, Map<String, String> headers, String body, boolean closedAfter) {

    /** Loopback answers take milliseconds; a second is "no answer". */
    static final int READ_TIMEOUT_MILLIS = 1000;

    static RawHttp send(int port, String method, String pathAndQuery, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return exchange(port, method + " " + pathAndQuery, "Content-Length: " + content.length, content);
    }

    /** The same with the body in chunks of {@code chunkBytes} and no length given: {@code Transfer-Encoding: chunked}. */
    static RawHttp sendChunked(int port, String method, String pathAndQuery, String body, int chunkBytes) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int start = 0; start < content.length; start += chunkBytes) {
            int length = Math.min(chunkBytes, content.length - start);
            chunked.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(content, start, length);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return exchange(port, method + " " + pathAndQuery, "Transfer-Encoding: chunked", chunked.toByteArray());
    }

    private static RawHttp exchange(int port, String requestLine, String framing, byte[] content) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            String head = requestLine + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain\r\n"
                    + framing + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    private static RawHttp read(InputStream in) throws IOException {
        String statusLine;
        try {
            statusLine = line(in);
        } catch (SocketTimeoutException noAnswer) {
            return new RawHttp(0, Map.of(), "", false);
        }
        if (statusLine.isEmpty()) {
            return new RawHttp(0, Map.of(), "", true);
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        String length = headers.get("content-length");
        String body = length == null ? "" : new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
        return new RawHttp(Integer.parseInt(statusLine.split(" ")[1]), headers, body, closed(in));
    }

    private static boolean closed(InputStream in) throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
