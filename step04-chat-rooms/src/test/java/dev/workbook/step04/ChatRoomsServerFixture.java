package dev.workbook.step04;

import dev.workbook.testkit.ScratchFolder;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.ServerFixture;
import dev.workbook.testkit.socketio.SocketIoTestClient.Transports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Step 04's chat server on free ports, with a database of its own in a scratch folder and its
 * errors watched: once per test class as a static {@code @RegisterExtension} field, or started at
 * once for try-with-resources (see {@link ServerFixture}).
 */
final class ChatRoomsServerFixture extends ServerFixture {

    /** How the server starts, given its scratch folder: {@link FilledHistory#start}, say. */
    @FunctionalInterface
    interface Start {
        ChatRoomsServer start(Path folder, ServerErrors errors) throws IOException;
    }

    private final Start starter;
    private Path folder;
    private ChatRoomsServer server;

    private ChatRoomsServerFixture(Start start) {
        this.starter = start;
    }

    /** A server for a whole test class, on {@link Step04Settings#forTests}, started before its first test and stopped after its last. */
    static ChatRoomsServerFixture perClass() {
        return perClass(UnaryOperator.identity());
    }

    /** The same, on the test settings as {@code settings} changes them: with a token, say. */
    static ChatRoomsServerFixture perClass(UnaryOperator<Step04Settings> settings) {
        return perClass(onTestSettings(settings));
    }

    static ChatRoomsServerFixture perClass(Start start) {
        return new ChatRoomsServerFixture(start);
    }

    /** A server of the test's own, for counts no other test's clients may spoil. */
    static ChatRoomsServerFixture start() throws IOException {
        return start(UnaryOperator.identity());
    }

    static ChatRoomsServerFixture start(UnaryOperator<Step04Settings> settings) throws IOException {
        return started(new ChatRoomsServerFixture(onTestSettings(settings)));
    }

    private static Start onTestSettings(UnaryOperator<Step04Settings> settings) {
        return (folder, errors) -> ChatRoomsServer.start(settings.apply(Step04Settings.forTests(folder.resolve("chat"))), errors);
    }

    @Override
    protected void startServer() throws IOException {
        folder = ScratchFolder.create("workbook-step04-test-");
        server = starter.start(folder, errors);
    }

    @Override
    protected void stopServer() {
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } finally {
            ScratchFolder.delete(folder);
            folder = null;
        }
    }

    ChatRoomsServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    /** A client signed in as {@code nickname}, connected and on its last transport. */
    RoomsTestClient connect(Transports transports, String nickname) {
        return RoomsTestClient.connect(port(), transports, nickname, await());
    }

    RoomsTestClient connect(Transports transports, Map<String, String> auth) {
        return RoomsTestClient.connect(port(), transports, auth, await());
    }

    /** A client signed in as {@code nickname} that has joined {@code room}. */
    RoomsTestClient inRoom(Transports transports, String nickname, String room) {
        return RoomsTestClient.connectInRoom(port(), transports, nickname, room, await());
    }

    /** A client that sends {@code auth} (null for none) and connects in its own time: a refused one, say. */
    RoomsTestClient client(Transports transports, Map<String, String> auth) {
        return new RoomsTestClient(port(), transports, auth, await());
    }
}
