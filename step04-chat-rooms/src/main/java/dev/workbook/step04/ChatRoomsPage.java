package dev.workbook.step04;

import dev.workbook.socketio.BrowserClient;
import dev.workbook.socketio.StartingPort;
import dev.workbook.socketio.WorkbookServerConfig;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** Serves the chat's page, where it finds the Socket.IO server, and the Socket.IO browser client. */
public final class ChatRoomsPage {

    /** How long a page that asks while the Socket.IO server starts waits for its port. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(5);

    static final String PAGE_RESOURCES = "/public/step04";

    private ChatRoomsPage() {
    }

    /** A Javalin app, not started, for a chat server on the port {@code socketPort} gives. */
    public static Javalin create(StartingPort socketPort, Step04Settings settings) {
        Map<String, Object> config = config(settings);
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.startupWatcherEnabled = false;
            serveFiles(javalin);
            javalin.routes.get("/api/config", ctx -> {
                OptionalInt port = socketPort.await(STARTUP_WAIT);
                if (port.isEmpty()) {
                    ctx.status(503).result("The Socket.IO server has not started yet: reload the page in a moment.");
                    return;
                }
                Map<String, Object> answer = new HashMap<>(config);
                answer.put("socketPort", port.getAsInt());
                ctx.json(answer);
            });
        });
    }

    /** What the page learns from {@code /api/config} besides the port: the namespace and the limits it shows. */
    public static Map<String, Object> config(Step04Settings settings) {
        return Map.of(
                "namespace", ChatRoomsServer.NAMESPACE,
                "tokenRequired", settings.token() != null,
                "maxTextChars", settings.limits().maxTextChars(),
                "maxPayloadBytes", WorkbookServerConfig.MAX_PAYLOAD_BYTES,
                "maxNicknameChars", Handshake.MAX_NICKNAME_CHARS,
                "historySize", settings.limits().historySize());
    }

    /** The page's files, the shared kit (workbook.css, workbook.js, from workbook-pages) and the Socket.IO browser client. */
    public static void serveFiles(JavalinConfig javalin) {
        javalin.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
        javalin.staticFiles.add("/public/common", Location.CLASSPATH);
        BrowserClient.serve(javalin);
    }
}
