package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import java.util.UUID;

/**
 * Finds a connection by its session id, to send it a private message: on one server the
 * namespace's own clients; on several nodes (step 06) a connection on any of them.
 */
@FunctionalInterface
public interface Connections {

    /** The connection of {@code session}, or null if it is gone. */
    SocketIOClient getClient(UUID session);
}
