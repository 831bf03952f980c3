package dev.workbook.step04;

import dev.workbook.pages.StepApp;
import dev.workbook.socketio.PageAndChat;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 04 running: the chat server with rooms and its page. */
public final class Step04App implements StepApp {

    private final PageAndChat<ChatRoomsServer> servers;

    private Step04App(PageAndChat<ChatRoomsServer> servers) {
        this.servers = servers;
    }

    /** Starts both servers, handing the chat's own exceptions to {@code errors}; ports 0 let the OS choose. */
    public static Step04App start(Step04Settings settings, Consumer<Throwable> errors) throws IOException {
        return new Step04App(PageAndChat.start("step04", settings.host(), settings.webPort(), settings.socketPort(),
                socketPort -> ChatRoomsPage.create(socketPort, settings),
                (webPort, socketPort) -> ChatRoomsServer.start(settings.withWebPort(webPort).withSocketPort(socketPort), errors)));
    }

    /** Starts both servers; ports 0 let the OS choose. */
    public static Step04App start(Step04Settings settings) throws IOException {
        return start(settings, error -> { });
    }

    /** Stops the chat server and starts a new one on the same port and database, as a real restart would. */
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
