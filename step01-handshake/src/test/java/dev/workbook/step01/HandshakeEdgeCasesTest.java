package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Edge cases of the request reader and close frames, found while testing step 01. */
@Tag("support")
class HandshakeEdgeCasesTest {

    @Test
    @DisplayName("A request line of exactly MAX_REQUEST_LINE_BYTES is accepted (the CR must not count)")
    void requestLineOfExactlyTheLimit() throws Exception {
        String line = "GET /" + "a".repeat(HttpRequestReader.MAX_REQUEST_LINE_BYTES - 14) + " HTTP/1.1";
        String head = line + "\r\nHost: a\r\n\r\n";

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.ISO_8859_1))).read());

        assertThat(thrown).as("a request line of %d bytes, which is not 'longer than %d bytes'", line.length(),
                HttpRequestReader.MAX_REQUEST_LINE_BYTES).isNull();
    }

    @Test
    @DisplayName("The request line does not count against MAX_HEADER_BYTES, the limit of the header section")
    void requestLineIsNotPartOfTheHeaderSection() throws Exception {
        String head = "GET /" + "a".repeat(8000) + " HTTP/1.1\r\nCookie: " + "c".repeat(9000) + "\r\n\r\n";

        Throwable thrown = catchThrowable(() -> new HttpRequestReader(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.ISO_8859_1))).read());

        assertThat(thrown).as("a head with an 8 KiB request line and a 9 KiB header section (limit %d)",
                HttpRequestReader.MAX_HEADER_BYTES).isNull();
    }

    @Test
    @DisplayName("Cutting a long close reason takes linear time")
    void longReasonIsCutQuickly() {
        CloseFrame close = new CloseFrame(CloseCodes.INTERNAL_ERROR, "x".repeat(200_000));

        byte[] payload = assertTimeoutPreemptively(Duration.ofMillis(200), close::toPayload,
                "toPayload() of a 200,000-character reason should not take seconds");

        assertThat(payload).hasSize(125);
    }

    @Test
    @Tag("exercise-1.2")
    @DisplayName("Two Host fields are refused with 400: a request names one host")
    void repeatedHostIsRefused() throws Exception {
        String head = "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        HttpRequest request = new HttpRequestReader(new ByteArrayInputStream(head.getBytes(StandardCharsets.ISO_8859_1))).read();

        Throwable thrown = catchThrowable(() -> HandshakeValidator.validate(request));

        assertThat(thrown).as("%s: what validate throws for a request with two Host fields", Step01Exercises.VALIDATE_UPGRADE)
                .isInstanceOf(HandshakeRejected.class);
        assertThat(((HandshakeRejected) thrown).status()).as("%s: the status for two Host fields", Step01Exercises.VALIDATE_UPGRADE)
                .isEqualTo(400);
    }
}
