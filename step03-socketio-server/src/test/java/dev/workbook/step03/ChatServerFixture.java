package dev.workbook.step03;

import dev.workbook.testkit.ServerFixture;
import dev.workbook.testkit.socketio.SocketIoTestClient.Transports;
import java.io.IOException;
import java.util.Map;

/**
 * The Socket.IO chat on free ports, with its errors watched: once per test class as a static
 * {@code @RegisterExtension} field, or started at once for try-with-resources (see {@link ServerFixture}).
 */
final class ChatServerFixture extends ServerFixture {

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
        return started(new ChatServerFixture(settings));
    }

    @Override
    protected void startServer() throws IOException {
        server = SocketIoChatServer.start(settings, errors);
    }

    @Override
    protected void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Stops the server under its clients, as Ctrl+C would; {@link #startAgain()} brings a new one. */
    void stop() {
        stoppedPort = port();
        stopServer();
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
