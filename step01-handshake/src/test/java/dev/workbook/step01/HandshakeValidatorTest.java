package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.VALIDATE_UPGRADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 6455 section 4.2.1, rule by rule, on requests parsed from text: no socket involved. */
class HandshakeValidatorTest {

    private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    private static final String HOST = "Host: server.example.com\r\n";
    private static final String UPGRADE = "Upgrade: websocket\r\n";
    private static final String CONNECTION = "Connection: Upgrade\r\n";
    private static final String KEY_FIELD = "Sec-WebSocket-Key: " + KEY + "\r\n";
    private static final String VERSION = "Sec-WebSocket-Version: 13\r\n";

    static Stream<Arguments> validRequests() {
        return Stream.of(
                Arguments.argumentSet("the RFC's sample request",
                        "GET /chat HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + VERSION),
                Arguments.argumentSet("header names in lower case",
                        "GET /chat HTTP/1.1\r\nhost: server.example.com\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
                                + "sec-websocket-key: " + KEY + "\r\nsec-websocket-version: 13\r\n"),
                Arguments.argumentSet("Connection: keep-alive, Upgrade (as Firefox sends it)",
                        "GET /chat HTTP/1.1\r\n" + HOST + UPGRADE + "Connection: keep-alive, Upgrade\r\n" + KEY_FIELD + VERSION),
                Arguments.argumentSet("Upgrade: WebSocket in mixed case",
                        "GET /chat HTTP/1.1\r\n" + HOST + "Upgrade: WebSocket\r\n" + CONNECTION + KEY_FIELD + VERSION));
    }

    @ParameterizedTest
    @MethodSource("validRequests")
    @Tag("exercise-1.2")
    @DisplayName("A valid opening handshake is accepted and its Sec-WebSocket-Key returned")
    void validRequestReturnsTheKey(String head) throws IOException, HandshakeRejected {
        HttpRequest request = parse(head);

        String key = validateExpectingSuccess(request, head);

        assertThat(key).as("%s: validate should return the request's Sec-WebSocket-Key", VALIDATE_UPGRADE).isEqualTo(KEY);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.argumentSet("no Sec-WebSocket-Key",
                        "GET / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + VERSION, 400, "Sec-WebSocket-Key"),
                Arguments.argumentSet("two Sec-WebSocket-Key fields",
                        "GET / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + KEY_FIELD + VERSION, 400, "Sec-WebSocket-Key"),
                Arguments.argumentSet("a key of 15 bytes, not 16",
                        "GET / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + "Sec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAA\r\n" + VERSION,
                        400, "Sec-WebSocket-Key"),
                Arguments.argumentSet("a key that is not base64",
                        "GET / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + "Sec-WebSocket-Key: not*base64*at*all!!!!!!\r\n" + VERSION,
                        400, "Sec-WebSocket-Key"),
                Arguments.argumentSet("Sec-WebSocket-Version: 25",
                        "GET / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + "Sec-WebSocket-Version: 25\r\n",
                        426, "Sec-WebSocket-Version"),
                Arguments.argumentSet("POST instead of GET",
                        "POST / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + VERSION, 405, "GET"),
                Arguments.argumentSet("no Upgrade: websocket",
                        "GET / HTTP/1.1\r\n" + HOST + CONNECTION + KEY_FIELD + VERSION, 400, "Upgrade"),
                Arguments.argumentSet("Connection: keep-alive only",
                        "GET / HTTP/1.1\r\n" + HOST + UPGRADE + "Connection: keep-alive\r\n" + KEY_FIELD + VERSION, 400, "Connection"),
                Arguments.argumentSet("HTTP/1.0",
                        "GET / HTTP/1.0\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + VERSION, 400, "HTTP/1.1"),
                Arguments.argumentSet("no Host",
                        "GET / HTTP/1.1\r\n" + UPGRADE + CONNECTION + KEY_FIELD + VERSION, 400, "Host"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    @Tag("exercise-1.2")
    @DisplayName("A bad handshake is rejected with the status RFC 6455 asks for, and a reason that names the problem")
    void badRequestIsRejected(String head, int expectedStatus, String reasonMentions) throws IOException, HandshakeRejected {
        HttpRequest request = parse(head);

        Throwable thrown = catchThrowable(() -> HandshakeValidator.validate(request));

        assertThat(thrown).as("%s: this request should be rejected with HandshakeRejected(%d, ...):%n%s",
                VALIDATE_UPGRADE, expectedStatus, head).isInstanceOf(HandshakeRejected.class);
        HandshakeRejected rejected = (HandshakeRejected) thrown;
        assertThat(rejected.status()).as("%s: the status for this request:%n%s", VALIDATE_UPGRADE, head).isEqualTo(expectedStatus);
        assertThat(rejected.getMessage()).as("%s: the reason should name what is wrong, so mention '%s'",
                VALIDATE_UPGRADE, reasonMentions).containsIgnoringCase(reasonMentions);
    }

    @Test
    @Tag("exercise-1.2")
    @DisplayName("An unsupported version gets 426 and a Sec-WebSocket-Version: 13 header saying which one to use")
    void unsupportedVersionNamesTheSupportedOne() throws IOException, HandshakeRejected {
        HttpRequest request = parse("GET / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + "Sec-WebSocket-Version: 25\r\n");

        Throwable thrown = catchThrowable(() -> HandshakeValidator.validate(request));

        assertThat(thrown).as("%s: Sec-WebSocket-Version: 25 should be rejected", VALIDATE_UPGRADE).isInstanceOf(HandshakeRejected.class);
        assertThat(((HandshakeRejected) thrown).extraHeaders())
                .as("%s: a 426 must tell the client the versions the server speaks (RFC 6455 section 4.4)", VALIDATE_UPGRADE)
                .isEqualTo(Map.of("Sec-WebSocket-Version", "13"));
    }

    @Test
    @Tag("exercise-1.2")
    @DisplayName("A POST gets 405 and an Allow: GET header")
    void postIsAnsweredWithAllowGet() throws IOException, HandshakeRejected {
        HttpRequest request = parse("POST / HTTP/1.1\r\n" + HOST + UPGRADE + CONNECTION + KEY_FIELD + VERSION);

        Throwable thrown = catchThrowable(() -> HandshakeValidator.validate(request));

        assertThat(thrown).as("%s: a POST should be rejected", VALIDATE_UPGRADE).isInstanceOf(HandshakeRejected.class);
        assertThat(((HandshakeRejected) thrown).extraHeaders())
                .as("%s: a 405 must name the allowed method (RFC 9110 section 15.5.6)", VALIDATE_UPGRADE)
                .isEqualTo(Map.of("Allow", "GET"));
    }

    /** Validates a request that should pass, failing the test with the exercise's name when it does not. */
    private static String validateExpectingSuccess(HttpRequest request, String head) {
        try {
            return HandshakeValidator.validate(request);
        } catch (HandshakeRejected rejected) {
            throw new AssertionError(String.format("%s: this valid request was rejected with %d (%s):%n%s",
                    VALIDATE_UPGRADE, rejected.status(), rejected.getMessage(), head), rejected);
        }
    }

    /** Parses a request head, adding the blank line that ends it. */
    private static HttpRequest parse(String head) throws IOException, HandshakeRejected {
        byte[] bytes = (head + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return new HttpRequestReader(new ByteArrayInputStream(bytes)).read();
    }
}
