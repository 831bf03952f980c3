package dev.workbook.step03;

import dev.workbook.socketio.BrowserClient;
import dev.workbook.socketio.StartingPort;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Serves the step 03 page, where it finds the Socket.IO server (once that has started), and the
 * Socket.IO browser client.
 */
public final class ChatPage {

    static final String PAGE_RESOURCES = "/public/step03";
    /** How long a page that asks while the Socket.IO server starts waits for its port. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(5);

    private ChatPage() {
    }

    /**
     * A Javalin app, not started, for a Socket.IO server on the port {@code socketPort} gives; its
     * /api/config says whether {@code settings} ask for a token and their ack timeout.
     */
    public static Javalin create(StartingPort socketPort, Step03Settings settings) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
            config.staticFiles.add("/public/common", Location.CLASSPATH); // workbook.css, from workbook-pages
            config.routes.get("/api/config", ctx -> {
                OptionalInt port = socketPort.await(STARTUP_WAIT);
                if (port.isEmpty()) {
                    ctx.status(503).result("The Socket.IO server has not started yet: reload the page in a moment.");
                    return;
                }
                Map<String, Object> answer = new HashMap<>();
                answer.put("socketPort", port.getAsInt());
                answer.put("namespace", SocketIoChatServer.NAMESPACE);
                answer.put("tokenRequired", settings.token() != null);
                answer.put("ackTimeoutMillis", settings.ackTimeout().toMillis());
                answer.put("maxTextChars", ChatPayload.MAX_TEXT_CHARS);
                answer.put("maxNicknameChars", HandshakeCheck.MAX_NICKNAME_CHARS);
                ctx.json(answer);
            });
            BrowserClient.serve(config);
        });
    }
}
