package dev.workbook.step03;

import dev.workbook.socketio.PageAndChat;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 03 running: the Socket.IO chat server and the page that talks to it. */
public final class Step03App extends PageAndChat<SocketIoChatServer> {

    private Step03App(Step03Settings settings, Consumer<Throwable> errors) throws IOException {
        super("step03", settings.host(), settings.webPort(), settings.socketPort(),
                socketPort -> ChatPage.create(socketPort, settings),
                (webPort, socketPort) -> SocketIoChatServer.start(settings.withWebPort(webPort).withSocketPort(socketPort), errors));
    }

    /** Starts both servers, handing the chat's own exceptions to {@code errors}; ports 0 let the OS choose. */
    public static Step03App start(Step03Settings settings, Consumer<Throwable> errors) throws IOException {
        return new Step03App(settings, errors);
    }

    /** Starts both servers; ports 0 let the OS choose. */
    public static Step03App start(Step03Settings settings) throws IOException {
        return start(settings, error -> { });
    }
}
