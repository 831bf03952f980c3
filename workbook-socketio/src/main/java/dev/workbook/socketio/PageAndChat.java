package dev.workbook.socketio;

import dev.workbook.pages.PageUrl;
import dev.workbook.pages.PortInUse;
import dev.workbook.pages.StepApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Socket.IO step running: its page's server and its chat server, started in the order the
 * chat's Origin check needs, which steps 03 and 04 share: each step's app is one of these.
 *
 * @param <C> the step's chat server
 */
public abstract class PageAndChat<C extends PageAndChat.ChatServer> implements StepApp {

    /** The Socket.IO server a step runs. */
    public interface ChatServer extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    /** Starts the step's chat server for a page on {@code webPort}, on {@code socketPort} (0: any free one). */
    @FunctionalInterface
    public interface ChatStart<C> {
        C start(int webPort, int socketPort) throws IOException;
    }

    private final Javalin page;
    private final String host;
    private final ChatStart<C> chatStart;
    private volatile C chat;

    /**
     * Starts {@code step}'s page (from {@code page}, not yet started) on {@code host}:{@code webPort},
     * then its chat on {@code socketPort}; port 0 lets the OS choose, and a taken port is named with
     * its setting ({@code step}{@code .webPort}, {@code step}{@code .socketPort}).
     */
    protected PageAndChat(String step, String host, int webPort, int socketPort, Function<StartingPort, Javalin> page,
                          ChatStart<C> chatStart) throws IOException {
        // The page binds first, so the OS gives it a free port with no race; the chat server checks
        // the page's Origin, so it needs that port, and the page learns the chat's port once it runs.
        StartingPort startingPort = new StartingPort();
        Javalin served = PortInUse.bind(webPort, step + ".webPort", () -> page.apply(startingPort).start(host, webPort));
        try {
            this.chat = PortInUse.bind(socketPort, step + ".socketPort", () -> chatStart.start(served.port(), socketPort));
        } catch (IOException | RuntimeException e) {
            served.stop();
            throw e;
        }
        startingPort.set(chat.port());
        this.page = served;
        this.host = host;
        this.chatStart = chatStart;
    }

    /** Stops the chat server and starts a new one on the same port, as a real restart would. */
    public void restartChat() throws IOException {
        int port = chat.port();
        chat.close();
        chat = chatStart.start(page.port(), port);
    }

    /** The port the Socket.IO server listens on. */
    public int socketPort() {
        return chat.port();
    }

    @Override
    public final String pageUrl() {
        return PageUrl.of(host, page.port());
    }

    @Override
    public final void close() {
        page.stop();
        chat.close();
    }
}
