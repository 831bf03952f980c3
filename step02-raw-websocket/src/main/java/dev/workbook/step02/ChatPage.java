package dev.workbook.step02;

import dev.workbook.pages.nicknames.NicknameRule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/** Serves the chat page, and tells it where the chat server listens. */
public final class ChatPage {

    /** Where the page's files live on the classpath, apart from every other step's. */
    static final String PAGE_RESOURCES = "/public/step02";

    private ChatPage() {
    }

    /** A Javalin app, not started, for a chat server on {@code webSocketPort}. */
    public static Javalin create(int webSocketPort) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
            config.staticFiles.add("/public/common", Location.CLASSPATH); // workbook.css, from workbook-pages
            config.routes.get("/api/config", ctx -> ctx.json(Map.of(
                    "webSocketPort", webSocketPort,
                    "maxTextChars", ClientMessageParser.MAX_TEXT_CHARS,
                    "maxNicknameChars", Nicknames.MAX_LENGTH,
                    "maxNicknameUnits", NicknameRule.MAX_UTF16_UNITS)));
        });
    }
}
