package dev.workbook.step01;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the server's side of the opening handshake on one connection: read the request, answer
 * 101 or the error the RFC asks for.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-4.2">RFC 6455, section 4.2</a>
 */
final class Handshaker {

    private static final Logger LOG = LoggerFactory.getLogger(Handshaker.class);

    private final long connectionId;
    private final ServerListener listener;

    Handshaker(long connectionId, ServerListener listener) {
        this.connectionId = connectionId;
        this.listener = listener;
    }

    /** Returns {@code true} when the connection now speaks WebSocket; on {@code false} the caller closes it. */
    boolean perform(InputStream in, OutputStream out) throws IOException {
        HttpRequest request = null;
        try {
            request = new HttpRequestReader(in).read();
            String response = HttpResponses.switchingProtocols(HandshakeValidator.validate(request));
            // Recorded before it is sent, so that whoever sees the 101 finds it in the transcript.
            listener.onHandshake(connectionId, request, response);
            write(out, response);
            return true;
        } catch (HandshakeRejected rejected) {
            LOG.info("connection {}: handshake refused with {}: {}", connectionId, rejected.status(), rejected.getMessage());
            answer(out, request, HttpResponses.error(rejected.status(), rejected.getMessage(), rejected.extraHeaders()));
        } catch (SocketTimeoutException silent) {
            LOG.info("connection {}: no complete request within the handshake timeout; dropped", connectionId);
            answer(out, request, HttpResponses.error(408, "no complete request within the time limit", Map.of()));
        } catch (EOFException gone) {
            LOG.debug("connection {}: client left during the handshake", connectionId);
        } catch (RuntimeException bug) {
            LOG.error("connection {}: handshake failed inside the server", connectionId, bug);
            listener.onError(bug);
            answer(out, request, HttpResponses.error(500, "the server failed: " + bug.getMessage(), Map.of()));
        }
        return false;
    }

    private void answer(OutputStream out, HttpRequest request, String response) throws IOException {
        if (request != null) {
            listener.onHandshake(connectionId, request, response);
        }
        write(out, response);
    }

    private static void write(OutputStream out, String response) throws IOException {
        out.write(response.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
