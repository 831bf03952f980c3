package dev.workbook.step02;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A chat server on a free port for each test, with its errors watched; use as a {@code @RegisterExtension} field. */
final class ChatServerFixture implements BeforeEachCallback, AfterEachCallback {

    final ServerErrors errors = new ServerErrors();
    private final ChatSettings settings;
    private ChatServer server;

    ChatServerFixture(ChatSettings settings) {
        this.settings = settings;
    }

    /** A fresh server for every test, so that nicknames and presence start empty. */
    static ChatServerFixture perTest() {
        return perTest(ChatSettings.onPort(0).withHeartbeat(Duration.ofSeconds(30)));
    }

    /** A fresh server for every test, with these settings. */
    static ChatServerFixture perTest(ChatSettings settings) {
        return new ChatServerFixture(settings);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        errors.clear();
        server = new ChatServer(settings, errors).startAndWait();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stopAndWait();
    }

    ChatServer server() {
        return server;
    }

    ChatSettings settings() {
        return settings;
    }

    int port() {
        return server.getPort();
    }

    /** Waits that stop at once when the server reports an exception. */
    Await await() {
        return Await.watching(errors);
    }

    /** A client that has connected but not joined. */
    ChatClient connect() {
        return ChatClient.connect(port(), await());
    }

    /** A client that has joined as {@code nickname}. */
    ChatClient join(String nickname) {
        return ChatClient.joined(port(), await(), nickname);
    }
}
