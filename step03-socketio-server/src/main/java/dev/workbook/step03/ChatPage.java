package dev.workbook.step03;

import dev.workbook.socketio.BrowserClient;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Serves the step 03 page, where it finds the Socket.IO server, and the Socket.IO browser client.
 */
public final class ChatPage {

    static final String PAGE_RESOURCES = "/public/step03";

    private ChatPage() {
    }

    /** A Javalin app, not started, for a Socket.IO server on the port {@code socketPort} gives. */
    public static Javalin create(IntSupplier socketPort, boolean tokenRequired) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
            config.staticFiles.add("/public/common", Location.CLASSPATH); // workbook.css, from workbook-pages
            config.routes.get("/api/config", ctx -> {
                Map<String, Object> settings = new HashMap<>();
                settings.put("socketPort", socketPort.getAsInt());
                settings.put("namespace", SocketIoChatServer.NAMESPACE);
                settings.put("tokenRequired", tokenRequired);
                settings.put("maxTextChars", ChatPayload.MAX_TEXT_CHARS);
                settings.put("maxNicknameChars", HandshakeCheck.MAX_NICKNAME_CHARS);
                ctx.json(settings);
            });
            BrowserClient.serve(config);
        });
    }
}
