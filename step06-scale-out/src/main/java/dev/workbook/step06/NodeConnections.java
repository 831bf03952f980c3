package dev.workbook.step06;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import dev.workbook.step04.Connections;
import java.util.UUID;

/**
 * A connection on any node, by session id, for step 04's private messages. Socket.IO puts every
 * socket in a room named by its id, which is why {@code io.to(socketId).emit(...)} reaches it on
 * any node through the adapter; netty-socketio does not, so each connection here joins
 * {@code session:{id}} when it connects (a name no chat room can have), and a connection that is
 * not on this node is reached through that room.
 */
final class NodeConnections implements Connections {

    private static final String ROOM_PREFIX = "session:";

    private final SocketIONamespace chat;

    private NodeConnections(SocketIONamespace chat) {
        this.chat = chat;
    }

    /** The connections of {@code chat} and of the other nodes; from now on each connection here joins its own room. */
    static NodeConnections of(SocketIONamespace chat) {
        chat.addConnectListener(client -> client.joinRoom(roomOf(client.getSessionId())));
        return new NodeConnections(chat);
    }

    /**
     * The connection itself when it is on this node; otherwise one that reaches it through its room,
     * on whichever node it is. The shared roster says whether that session is online.
     */
    @Override
    public SocketIOClient getClient(UUID session) {
        SocketIOClient here = chat.getClient(session);
        return here != null ? here : new RemoteConnection(session, chat.getRoomOperations(roomOf(session)));
    }

    private static String roomOf(UUID session) {
        return ROOM_PREFIX + session;
    }
}
