package dev.workbook.step04;

import dev.workbook.socketio.PageAndChat;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 04 running: the chat server with rooms and its page. */
public final class Step04App extends PageAndChat<ChatRoomsServer> {

    private Step04App(Step04Settings settings, Consumer<Throwable> errors) throws IOException {
        super("step04", settings.host(), settings.webPort(), settings.socketPort(),
                socketPort -> ChatRoomsPage.create(socketPort, settings),
                (webPort, socketPort) -> ChatRoomsServer.start(settings.withWebPort(webPort).withSocketPort(socketPort), errors));
    }

    /** Starts both servers, handing the chat's own exceptions to {@code errors}; ports 0 let the OS choose. */
    public static Step04App start(Step04Settings settings, Consumer<Throwable> errors) throws IOException {
        return new Step04App(settings, errors);
    }

    /** Starts both servers; ports 0 let the OS choose. */
    public static Step04App start(Step04Settings settings) throws IOException {
        return start(settings, error -> { });
    }
}
