package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request-head reader the handshake rests on: given code, not an exercise, so tagged "support". */
@Tag("support")
class HttpRequestReaderTest {

    private static final String READER = "HttpRequestReader (given code, not an exercise)";
    private static final String HEAD = "GET /chat?room=1 HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\n\r\n";

    @Test
    @DisplayName("The request line and header fields are read as sent")
    void readsRequestLineAndFields() throws IOException, HandshakeRejected {
        InputStream in = stream(HEAD);

        HttpRequest request = new HttpRequestReader(in).read();

        assertThat(request.method()).as("%s: method", READER).isEqualTo("GET");
        assertThat(request.target()).as("%s: request target", READER).isEqualTo("/chat?room=1");
        assertThat(request.version()).as("%s: protocol version", READER).isEqualTo("HTTP/1.1");
        assertThat(request.single("Upgrade")).as("%s: the Upgrade field", READER).hasValue("websocket");
        assertThat(request.raw()).as("%s: the raw head, for the inspector page", READER).isEqualTo(HEAD);
    }

    @Test
    @DisplayName("Reading stops at the blank line: the bytes after it belong to the WebSocket")
    void stopsAtTheBlankLine() throws IOException, HandshakeRejected {
        InputStream in = stream(HEAD + "\u0081\u0000");

        new HttpRequestReader(in).read();

        assertThat(in.readAllBytes()).as("%s: bytes left after the head", READER).containsExactly(0x81, 0x00);
    }

    @Test
    @DisplayName("Header names match whatever their case")
    void headerNamesAreCaseInsensitive() throws IOException, HandshakeRejected {
        InputStream in = stream("GET / HTTP/1.1\r\nsec-websocket-VERSION: 13\r\n\r\n");

        HttpRequest request = new HttpRequestReader(in).read();

        assertThat(request.single("Sec-WebSocket-Version")).as("%s: a field sent in odd case, asked for in another", READER).hasValue("13");
    }

    @Test
    @DisplayName("A field sent more than once keeps every value, in order")
    void repeatedFieldsAreKept() throws IOException, HandshakeRejected {
        InputStream in = stream("GET / HTTP/1.1\r\nConnection: keep-alive\r\nconnection: Upgrade\r\n\r\n");

        HttpRequest request = new HttpRequestReader(in).read();

        assertThat(request.values("Connection")).as("%s: both Connection fields", READER).containsExactly("keep-alive", "Upgrade");
        assertThat(request.single("Connection")).as("%s: single() of a repeated field", READER).isEmpty();
        assertThat(request.hasToken("Connection", "upgrade")).as("%s: hasToken looks in every value", READER).isTrue();
    }

    @Test
    @DisplayName("A bare LF ends a line too")
    void bareLineFeedIsTolerated() throws IOException, HandshakeRejected {
        InputStream in = stream("GET / HTTP/1.1\nHost: a\n\n");

        HttpRequest request = new HttpRequestReader(in).read();

        assertThat(request.single("Host")).as("%s: a field ended by LF alone", READER).hasValue("a");
    }

    @Test
    @DisplayName("A request line over 8 KiB is refused with 400")
    void longRequestLineIsRefused() {
        String target = "/" + "a".repeat(HttpRequestReader.MAX_REQUEST_LINE_BYTES);
        InputStream in = stream("GET " + target + " HTTP/1.1\r\nHost: a\r\n\r\n");

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(in).read());

        assertRejected(thrown, 400, "a request line of " + (target.length() + 13) + " bytes");
    }

    @Test
    @DisplayName("A header section over 16 KiB is refused with 431")
    void largeHeaderSectionIsRefused() {
        InputStream in = stream("GET / HTTP/1.1\r\nCookie: " + "c".repeat(HttpRequestReader.MAX_HEADER_BYTES) + "\r\n\r\n");

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(in).read());

        assertRejected(thrown, 431, "a Cookie field of 16 KiB");
    }

    @Test
    @DisplayName("Many medium fields that add up to over 16 KiB are refused with 431")
    void manyFieldsOverTheByteLimitAreRefused() {
        String field = "X-Filler: " + "f".repeat(400) + "\r\n";
        InputStream in = stream("GET / HTTP/1.1\r\n" + field.repeat(50) + "\r\n");

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(in).read());

        assertRejected(thrown, 431, "50 fields of 410 bytes");
    }

    @Test
    @DisplayName("100 header fields are fine, 101 are refused with 431")
    void moreThanAHundredFieldsAreRefused() throws IOException, HandshakeRejected {
        String hundred = "GET / HTTP/1.1\r\n" + "X-A: 1\r\n".repeat(HttpRequestReader.MAX_HEADER_FIELDS);

        HttpRequest accepted = new HttpRequestReader(stream(hundred + "\r\n")).read();
        Throwable thrown = catchThrowable(() -> new HttpRequestReader(stream(hundred + "X-A: 1\r\n\r\n")).read());

        assertThat(accepted.values("X-A")).as("%s: 100 fields", READER).hasSize(HttpRequestReader.MAX_HEADER_FIELDS);
        assertRejected(thrown, 431, "101 header fields");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"NoColonHere", ": empty name", "Host : space before the colon", " folded: continuation line"})
    @DisplayName("A malformed header field is refused with 400")
    void malformedFieldIsRefused(String field) {
        InputStream in = stream("GET / HTTP/1.1\r\nHost: a\r\n" + field + "\r\n\r\n");

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(in).read());

        assertRejected(thrown, 400, "the field '" + field + "'");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"GET /", "GET  / HTTP/1.1", "GET / HTTP/1.1 extra", "GET / FTP/1.1"})
    @DisplayName("A malformed request line is refused with 400")
    void malformedRequestLineIsRefused(String requestLine) {
        InputStream in = stream(requestLine + "\r\nHost: a\r\n\r\n");

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(in).read());

        assertRejected(thrown, 400, "the request line '" + requestLine + "'");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "GET / HT", "GET / HTTP/1.1\r\n", "GET / HTTP/1.1\r\nHost: a\r\n"})
    @DisplayName("A stream that ends before the blank line gives EOFException")
    void endOfStreamInsideTheHead(String partialHead) {
        InputStream in = stream(partialHead);

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(in).read());

        assertThat(thrown).as("%s: reading the unfinished head '%s'", READER, partialHead.replace("\r\n", "\\r\\n"))
                .isInstanceOf(EOFException.class);
    }

    private static void assertRejected(Throwable thrown, int status, String what) {
        assertThat(thrown).as("%s: %s should be refused with HandshakeRejected(%d, ...)", READER, what, status)
                .isInstanceOf(HandshakeRejected.class);
        assertThat(((HandshakeRejected) thrown).status()).as("%s: the status for %s", READER, what).isEqualTo(status);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
