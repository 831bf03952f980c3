package dev.workbook.step01;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * Serves the handshake inspector: the page itself, where it finds the WebSocket server, and the
 * transcripts the server recorded.
 */
public final class InspectorPage {

    /** Where the page's files live on the classpath, apart from every other step's. */
    static final String PAGE_RESOURCES = "/public/step01";

    private InspectorPage() {
    }

    /** A Javalin app, not started, that serves the page for a WebSocket server on {@code webSocketPort}. */
    public static Javalin create(int webSocketPort, long maxMessageBytes, HandshakeTranscripts transcripts) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
            config.staticFiles.add("/public/common", Location.CLASSPATH); // workbook.css and workbook.js, from workbook-pages
            config.routes.get("/api/config", ctx -> ctx.json(Map.of(
                    "webSocketPort", webSocketPort,
                    "maxMessageBytes", maxMessageBytes)));
            config.routes.get("/api/transcripts/{session}", ctx -> transcripts.find(ctx.pathParam("session"))
                    .ifPresentOrElse(ctx::json, () -> ctx.status(404).json(Map.of("error", "no such session"))));
        });
    }
}
