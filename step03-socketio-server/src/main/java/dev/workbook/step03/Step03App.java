package dev.workbook.step03;

import dev.workbook.pages.StepApp;
import dev.workbook.socketio.PageAndChat;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 03 running: the Socket.IO chat server and the page that talks to it. */
public final class Step03App implements StepApp {

    private final PageAndChat<SocketIoChatServer> servers;

    private Step03App(PageAndChat<SocketIoChatServer> servers) {
        this.servers = servers;
    }

    /** Starts both servers, handing the chat's own exceptions to {@code errors}; ports 0 let the OS choose. */
    public static Step03App start(Step03Settings settings, Consumer<Throwable> errors) throws IOException {
        return new Step03App(PageAndChat.start("step03", settings.host(), settings.webPort(), settings.socketPort(),
                socketPort -> ChatPage.create(socketPort, settings.token() != null),
                (webPort, socketPort) -> SocketIoChatServer.start(settings.withWebPort(webPort).withSocketPort(socketPort), errors)));
    }

    /** Starts both servers; ports 0 let the OS choose. */
    public static Step03App start(Step03Settings settings) throws IOException {
        return start(settings, error -> { });
    }

    /** Stops the Socket.IO server and starts a new one on the same port, as a real restart would. */
    public void restartChat() throws IOException {
        servers.restartChat();
    }

    @Override
    public String pageUrl() {
        return servers.pageUrl();
    }

    public int socketPort() {
        return servers.chat().port();
    }

    @Override
    public void close() {
        servers.close();
    }
}
