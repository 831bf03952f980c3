package dev.workbook.step03;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Socket.IO chat on free ports for a whole test class, its errors watched and forgotten before
 * each test; a static {@code @RegisterExtension} field.
 */
final class ChatServerFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    final ServerErrors errors = new ServerErrors();
    private final Step03Settings settings;
    private SocketIoChatServer server;

    private ChatServerFixture(Step03Settings settings) {
        this.settings = settings;
    }

    static ChatServerFixture onFreePorts() {
        return new ChatServerFixture(Step03Settings.forTests());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = SocketIoChatServer.start(settings, errors);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    int port() {
        return server.port();
    }

    /** Waits that stop at once when the server reports an exception. */
    Await await() {
        return Await.watching(errors);
    }

    /** A client that joined as {@code nickname}, connected and done moving to its last transport. */
    ChatTestClient join(String nickname, ChatTestClient.Transports transports) {
        return ChatTestClient.joinOnLastTransport(port(), transports, nickname, await());
    }
}
