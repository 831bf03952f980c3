package dev.workbook.step01;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * Any bytes at all, as an opening handshake: the server answers with a status or drops the
 * connection, and never fails in any other way.
 *
 * <p>{@code mvn test} replays the inputs in {@code HttpRequestReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} and {@code -Dtest=HttpRequestReaderFuzzTest} Jazzer looks for new ones.
 */
class HttpRequestReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Tag("exercise-1.2")
    @DisplayName("No request head, however broken, makes the handshake fail other than with an HTTP status")
    void anyBytesGetAStatusOrEndOfStream(byte[] input) {
        try {
            HttpRequest request = new HttpRequestReader(new ByteArrayInputStream(input)).read();
            String key = HandshakeValidator.validate(request);
            if (key.isBlank()) {
                throw new AssertionError("the validator accepted a blank Sec-WebSocket-Key");
            }
        } catch (HandshakeRejected rejected) {
            if (rejected.status() < 400 || rejected.status() > 499) {
                throw new AssertionError("a bad request must get a 4xx status, not " + rejected.status(), rejected);
            }
        } catch (IOException endOfInput) {
            // the client's bytes ran out before the head ended: the server just closes
        }
    }
}
