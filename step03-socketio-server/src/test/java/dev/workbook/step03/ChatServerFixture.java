package dev.workbook.step03;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.socketio.SocketIoTestClient.Transports;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Socket.IO chat on free ports, with its errors watched: started at once (for
 * try-with-resources), or, as a static {@code @RegisterExtension} field, once per test class
 * (errors forgotten before each test).
 */
final class ChatServerFixture implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    final ServerErrors errors = new ServerErrors();
    private final Step03Settings settings;
    private SocketIoChatServer server;
    /** The port of the server last stopped. */
    private int stoppedPort;

    private ChatServerFixture(Step03Settings settings) {
        this.settings = settings;
    }

    /** A chat for a whole test class, started before its first test and stopped after its last. */
    static ChatServerFixture perClass() {
        return perClass(Step03Settings.forTests());
    }

    static ChatServerFixture perClass(Step03Settings settings) {
        return new ChatServerFixture(settings);
    }

    /** A chat of the test's own, for a count no other test's clients may spoil. */
    static ChatServerFixture start() throws IOException {
        return start(Step03Settings.forTests());
    }

    static ChatServerFixture start(Step03Settings settings) throws IOException {
        ChatServerFixture fixture = new ChatServerFixture(settings);
        fixture.beforeAll(null);
        return fixture;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = SocketIoChatServer.start(settings, errors);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
    }

    /** JUnit runs this even when {@link #beforeAll} failed. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Stops the server under its clients, as Ctrl+C would; {@link #startAgain()} brings a new one. */
    void stop() {
        stoppedPort = port();
        close();
    }

    /** A new server on the port the stopped one had, its errors watched as before. */
    void startAgain() throws IOException {
        server = SocketIoChatServer.start(settings.withSocketPort(stoppedPort), errors);
    }

    SocketIoChatServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    /** Waits that stop at once when the server reports an exception. */
    Await await() {
        return Await.watching(errors);
    }

    /** A client that joined as {@code nickname}, connected and done moving to its last transport. */
    ChatTestClient join(String nickname, Transports transports) {
        return ChatTestClient.joinOnLastTransport(port(), transports, nickname, await());
    }

    /** A client that joined as {@code nickname}, connected, perhaps still moving to its last transport. */
    ChatTestClient joinConnected(String nickname, Transports transports) {
        return ChatTestClient.join(port(), transports, nickname, await());
    }

    /** A client that sends {@code auth} (null for none) and connects in its own time: a refused one, say. */
    ChatTestClient client(Transports transports, Map<String, String> auth) {
        return new ChatTestClient(port(), transports, auth, await());
    }
}
