package dev.workbook.socketio;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the official Socket.IO browser client, which this module's build takes from npm; without
 * it (no npm at build time), a script that makes the page say how to get it.
 */
public final class BrowserClient {

    /** Where the pages load it from. */
    public static final String PATH = "/vendor/socket.io.min.js";
    static final String RESOURCE = "dev/workbook/socketio/vendor/socket.io.min.js";
    static final String MISSING_CLIENT_SCRIPT = "window.SOCKET_IO_MISSING = \"The Socket.IO browser client is missing: this build"
            + " could not run npm. Install Node.js with npm, then run 'mvn compile' again (or 'npm ci' in"
            + " workbook-socketio).\";\n";
    private static final byte[] CLIENT = read();

    private BrowserClient() {
    }

    /** Adds the route for {@link #PATH} to a Javalin app. */
    public static void serve(JavalinConfig config) {
        config.routes.get(PATH, ctx -> ctx.contentType("text/javascript")
                .result(CLIENT != null ? CLIENT : MISSING_CLIENT_SCRIPT.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the build found npm and the client is here. */
    public static boolean isPresent() {
        return CLIENT != null;
    }

    private static byte[] read() {
        try (InputStream in = BrowserClient.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the Socket.IO browser client", e);
        }
    }
}
