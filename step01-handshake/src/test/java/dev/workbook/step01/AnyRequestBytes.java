package dev.workbook.step01;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The property both the fuzz test and the replay of its inputs check: any bytes at all, read as
 * an opening handshake, get an HTTP status or end the connection, and fail in no other way.
 */
final class AnyRequestBytes {

    private AnyRequestBytes() {
    }

    /** Reads and checks {@code input} as the server would; throws an {@link AssertionError} on any other failure. */
    static void answerOrEnd(byte[] input) {
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
