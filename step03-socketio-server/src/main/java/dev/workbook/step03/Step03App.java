package dev.workbook.step03;

import dev.workbook.pages.PortInUse;
import dev.workbook.socketio.StartingPort;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 03 running: the Socket.IO chat server and the page that talks to it. */
public final class Step03App implements AutoCloseable {

    private final Step03Settings settings;
    private final Consumer<Throwable> errors;
    private final Javalin page;
    private volatile SocketIoChatServer chat;

    private Step03App(Step03Settings settings, Consumer<Throwable> errors, SocketIoChatServer chat, Javalin page) {
        this.settings = settings;
        this.errors = errors;
        this.chat = chat;
        this.page = page;
    }

    /** Starts both servers; ports 0 let the OS choose. */
    public static Step03App start(Step03Settings settings, Consumer<Throwable> errors) throws IOException {
        // The page binds first, so the OS gives it a free port with no race; the chat server checks
        // the page's Origin, so it needs that port, and the page learns the chat's port once it runs.
        StartingPort socketPort = new StartingPort();
        Javalin served = PortInUse.bind(settings.webPort(), "step03.webPort",
                () -> ChatPage.create(socketPort, settings.token() != null).start(settings.host(), settings.webPort()));
        try {
            Step03Settings fixed = settings.withWebPort(served.port());
            SocketIoChatServer chat = PortInUse.bind(fixed.socketPort(),
                    "step03.socketPort", () -> SocketIoChatServer.start(fixed, errors));
            socketPort.set(chat.port());
            return new Step03App(fixed.withSocketPort(chat.port()), errors, chat, served);
        } catch (IOException | RuntimeException e) {
            served.stop();
            throw e;
        }
    }

    public static Step03App start(Step03Settings settings) throws IOException {
        return start(settings, error -> { });
    }

    /** Stops the Socket.IO server and starts a new one on the same port, as a real restart would. */
    public void restartChat() throws IOException {
        chat.close();
        chat = SocketIoChatServer.start(settings, errors);
    }

    public String pageUrl() {
        return "http://" + (settings.host().equals("0.0.0.0") ? "127.0.0.1" : settings.host()) + ":" + page.port() + "/";
    }

    public int socketPort() {
        return chat.port();
    }

    @Override
    public void close() {
        page.stop();
        chat.close();
    }
}
