package dev.workbook.step04;

import dev.workbook.testkit.FreePort;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 04's chat server on a port picked once, so that a server started again is where its clients
 * look for it: for the tests that stop and restart it under connected clients. Closing it stops
 * every server it started.
 */
final class OnePortChatServer implements AutoCloseable {

    private final Step04Settings settings;
    private final ServerErrors errors;
    private final List<ChatRoomsServer> running = new ArrayList<>();

    /** A chat whose database is in {@code folder}, with these limits; nothing is started yet. */
    OnePortChatServer(Path folder, ChatLimits limits, ServerErrors errors) {
        this.settings = Step04Settings.forTests(folder.resolve("chat")).withSocketPort(FreePort.pick()).withLimits(limits);
        this.errors = errors;
    }

    int port() {
        return settings.socketPort();
    }

    /** Starts a server on the port, over the same database as the ones before. */
    ChatRoomsServer start() throws IOException {
        ChatRoomsServer server = ChatRoomsServer.start(settings, errors);
        running.add(server);
        return server;
    }

    /** Stops {@code server}: every connection drops at once. */
    void stop(ChatRoomsServer server) {
        running.remove(server);
        server.close();
    }

    @Override
    public void close() {
        running.forEach(ChatRoomsServer::close);
        running.clear();
    }
}
