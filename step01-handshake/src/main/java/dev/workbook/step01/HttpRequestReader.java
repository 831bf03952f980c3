package dev.workbook.step01;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an HTTP/1.x request head (request line and header fields) from a socket, within limits,
 * so that no client can make the server buffer without end.
 *
 * <p>It reads byte by byte and never past the blank line that ends the head: the bytes after it
 * already belong to the WebSocket.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9112#section-2">RFC 9112, section 2: message format</a>
 */
public final class HttpRequestReader {

    /** Longest request line accepted; browsers send far less. */
    public static final int MAX_REQUEST_LINE_BYTES = 8 * 1024;
    /** Largest header section accepted, all fields together. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Most header fields accepted. */
    public static final int MAX_HEADER_FIELDS = 100;

    private final InputStream in;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private int headerBytes;

    public HttpRequestReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads one request head.
     *
     * @throws HandshakeRejected when the head is malformed (400) or too large (431)
     * @throws EOFException when the client closed the connection before the head ended
     * @throws IOException when the socket fails, or its read timeout passes
     */
    public HttpRequest read() throws HandshakeRejected, IOException {
        String requestLine = readLine(MAX_REQUEST_LINE_BYTES, 400, "request line longer than " + MAX_REQUEST_LINE_BYTES + " bytes");
        headerBytes = 0;
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/")) {
            throw new HandshakeRejected(400, "malformed request line: expected 'METHOD target HTTP/1.1'");
        }
        Map<String, List<String>> headers = readHeaders();
        return new HttpRequest(parts[0], parts[1], parts[2], headers, raw.toString(StandardCharsets.ISO_8859_1));
    }

    private Map<String, List<String>> readHeaders() throws HandshakeRejected, IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int fields = 0;
        while (true) {
            String line = readLine(MAX_HEADER_BYTES - headerBytes, 431, "header fields larger than " + MAX_HEADER_BYTES + " bytes");
            if (line.isEmpty()) {
                return headers;
            }
            if (++fields > MAX_HEADER_FIELDS) {
                throw new HandshakeRejected(431, "more than " + MAX_HEADER_FIELDS + " header fields");
            }
            addField(headers, line);
        }
    }

    private static void addField(Map<String, List<String>> headers, String line) throws HandshakeRejected {
        int colon = line.indexOf(':');
        // RFC 9112 forbids white space before the colon and obsolete line folding: both are 400.
        if (colon <= 0 || Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(colon - 1))) {
            throw new HandshakeRejected(400, "malformed header field: " + abbreviate(line));
        }
        String name = line.substring(0, colon);
        String value = line.substring(colon + 1).trim();
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    /**
     * Reads up to CRLF (a bare LF is tolerated), failing once the line, without its line end,
     * exceeds {@code limit} bytes.
     */
    private String readLine(int limit, int status, String tooLong) throws HandshakeRejected, IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("client closed the connection in the middle of the request head");
            }
            raw.write(b);
            headerBytes++;
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                if (length > limit) {
                    throw new HandshakeRejected(status, tooLong);
                }
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (line.size() > limit) { // room for the limit and a CR, no more
                throw new HandshakeRejected(status, tooLong);
            }
            line.write(b);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
