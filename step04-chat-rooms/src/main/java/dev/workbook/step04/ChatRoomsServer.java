package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import dev.workbook.socketio.FreePortStart;
import dev.workbook.socketio.PageAndChat;
import dev.workbook.socketio.WorkbookServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chat with rooms: netty-socketio with the chat's events on {@value #NAMESPACE}, and its messages in a database. */
public final class ChatRoomsServer implements PageAndChat.ChatServer {

    public static final String NAMESPACE = "/chat";
    private static final Logger LOG = LoggerFactory.getLogger(ChatRoomsServer.class);

    private final SocketIOServer server;
    private final MessageStore store;
    private final int port;

    private ChatRoomsServer(Step04Settings settings, int port, MessageStore store, Consumer<Throwable> errors) {
        this.server = WorkbookServerConfig.newServer(WorkbookServerConfig.of(settings.host(), port, settings.webPort(),
                settings.pingInterval(), settings.pingTimeout()));
        this.store = store;
        this.port = port;
        new ChatRoomsEvents(server.addNamespace(NAMESPACE), store, settings, Clock.systemUTC(), errors).register();
    }

    /** Opens the database and starts on the settings' socket port, or on a free one when it is 0. */
    public static ChatRoomsServer start(Step04Settings settings, Consumer<Throwable> errors) throws IOException {
        MessageStore store = open(settings.database());
        try {
            ChatRoomsServer chat = FreePortStart.start(settings.host(), settings.socketPort(),
                    port -> new ChatRoomsServer(settings, port, store, errors), started -> started.server);
            LOG.info("Socket.IO chat with rooms listening on http://{}:{}{}, its messages in {}.mv.db",
                    settings.host(), chat.port, NAMESPACE, settings.database().toAbsolutePath());
            return chat;
        } catch (IOException | RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Stops at once, closing every connection (clients start reconnecting), then closes the database. */
    @Override
    public void close() {
        NettyShutdown.quickly(server);
        closeQuietly(store);
    }

    private static MessageStore open(Path database) throws IOException {
        try {
            return MessageStore.open(database);
        } catch (SQLException e) {
            throw new IOException("could not open the chat's database " + database.toAbsolutePath()
                    + ".mv.db (is another copy of the workbook running? -Dstep04.database=... chooses another file): " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(MessageStore store) {
        try {
            store.close();
        } catch (SQLException e) {
            LOG.warn("could not close the chat's database cleanly: {}", e.toString());
        }
    }
}
