package dev.workbook.step02;

import dev.workbook.pages.PageUrl;
import dev.workbook.pages.PortInUse;
import dev.workbook.pages.StepApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.function.Consumer;

/** Step 02 running: the chat server and the page that talks to it. */
public final class Step02App implements StepApp {

    private final ChatSettings chatSettings;
    private final Consumer<Throwable> errors;
    private final Javalin page;
    private final String host;
    private volatile ChatServer chat;

    private Step02App(ChatSettings chatSettings, Consumer<Throwable> errors, ChatServer chat, Javalin page, String host) {
        this.chatSettings = chatSettings;
        this.errors = errors;
        this.chat = chat;
        this.page = page;
        this.host = host;
    }

    /** Starts both servers; port 0 in the settings lets the OS choose. */
    public static Step02App start(Step02Settings settings) throws IOException {
        return start(settings, error -> { });
    }

    /** Starts both servers, handing the chat's own exceptions to {@code errors}. */
    public static Step02App start(Step02Settings settings, Consumer<Throwable> errors) throws IOException {
        ChatSettings chatSettings = ChatSettings.onPort(settings.webSocketPort()).withHost(settings.host());
        ChatServer chat = PortInUse.bind(settings.webSocketPort(), "step02.webSocketPort",
                () -> new ChatServer(chatSettings, errors).startAndWait());
        try {
            Javalin page = PortInUse.bind(settings.webPort(), "step02.webPort",
                    () -> ChatPage.create(chat.getPort()).start(settings.host(), settings.webPort()));
            return new Step02App(chatSettings.withPort(chat.getPort()), errors, chat, page, settings.host());
        } catch (IOException | RuntimeException e) {
            chat.stopAndWait();
            throw e;
        }
    }

    /** Stops the chat server and starts a new one on the same port: what a page sees when the server restarts. */
    public void restartChat() throws IOException {
        chat.stopAndWait();
        chat = new ChatServer(chatSettings, errors).startAndWait();
    }

    /** The page's address. */
    @Override
    public String pageUrl() {
        return PageUrl.of(host, page.port());
    }

    public int webSocketPort() {
        return chat.getPort();
    }

    @Override
    public void close() {
        page.stop();
        chat.stopAndWait();
    }
}
