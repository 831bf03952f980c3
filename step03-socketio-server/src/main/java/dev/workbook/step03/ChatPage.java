package dev.workbook.step03;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the step 03 page, where it finds the Socket.IO server, and the Socket.IO browser client
 * that the build took from npm; without it, a script that makes the page say how to get it.
 */
public final class ChatPage {

    static final String PAGE_RESOURCES = "/public/step03";
    static final String CLIENT_RESOURCE = "public/step03/vendor/socket.io.min.js";
    static final String MISSING_CLIENT_SCRIPT = "window.SOCKET_IO_MISSING = \"The Socket.IO browser client is missing: this build"
            + " could not run npm. Install Node.js with npm, then run 'mvn compile' again (or 'npm ci' in"
            + " step03-socketio-server).\";\n";

    private ChatPage() {
    }

    /** A Javalin app, not started, for a Socket.IO server on {@code socketPort}. */
    public static Javalin create(int socketPort, boolean tokenRequired) {
        byte[] client = readClient();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
            config.routes.get("/api/config", ctx -> {
                Map<String, Object> settings = new HashMap<>();
                settings.put("socketPort", socketPort);
                settings.put("namespace", SocketIoChatServer.NAMESPACE);
                settings.put("tokenRequired", tokenRequired);
                settings.put("maxTextChars", ChatPayload.MAX_TEXT_CHARS);
                settings.put("maxNicknameChars", HandshakeCheck.MAX_NICKNAME_CHARS);
                ctx.json(settings);
            });
            if (client == null) {
                config.routes.get("/vendor/socket.io.min.js", ctx -> ctx.contentType("text/javascript").result(MISSING_CLIENT_SCRIPT));
            }
        });
    }

    private static byte[] readClient() {
        try (InputStream in = ChatPage.class.getClassLoader().getResourceAsStream(CLIENT_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
