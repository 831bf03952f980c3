package dev.workbook.step04;

import dev.workbook.pages.PortInUse;
import dev.workbook.socketio.StartingPort;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 04 running: the chat server with rooms and its page. */
public final class Step04App implements AutoCloseable {

    private final Step04Settings settings;
    private final Consumer<Throwable> errors;
    private final Javalin page;
    private volatile ChatRoomsServer chat;

    private Step04App(Step04Settings settings, Consumer<Throwable> errors, ChatRoomsServer chat, Javalin page) {
        this.settings = settings;
        this.errors = errors;
        this.chat = chat;
        this.page = page;
    }

    /** Starts both servers; ports 0 let the OS choose. */
    public static Step04App start(Step04Settings settings, Consumer<Throwable> errors) throws IOException {
        // The page binds first, so the OS gives it a free port with no race; the chat server checks
        // the page's Origin, so it needs that port, and the page learns the chat's port once it runs.
        StartingPort socketPort = new StartingPort();
        Javalin served = PortInUse.bind(settings.webPort(), "step04.webPort",
                () -> ChatRoomsPage.create(socketPort, settings).start(settings.host(), settings.webPort()));
        try {
            Step04Settings fixed = settings.withWebPort(served.port());
            ChatRoomsServer chat = PortInUse.bind(fixed.socketPort(),
                    "step04.socketPort", () -> ChatRoomsServer.start(fixed, errors));
            socketPort.set(chat.port());
            return new Step04App(fixed.withSocketPort(chat.port()), errors, chat, served);
        } catch (IOException | RuntimeException e) {
            served.stop();
            throw e;
        }
    }

    public static Step04App start(Step04Settings settings) throws IOException {
        return start(settings, error -> { });
    }

    /** Stops the chat server and starts a new one on the same port and database, as a real restart would. */
    public void restartChat() throws IOException {
        chat.close();
        chat = ChatRoomsServer.start(settings, errors);
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
