package dev.workbook.testkit.socketio;

import io.socket.client.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.json.JSONObject;

/**
 * A test client's connection as its connect, disconnect and {@code connect_error} events tell it:
 * socket.io-client changes its own state on its event thread, a moment before or after it tells.
 */
final class ConnectionEvents {

    private final Socket socket;
    private final AtomicReference<String> connectError = new AtomicReference<>();
    /** Above one means it reconnected, by itself or when the test said so. */
    private final AtomicInteger connects = new AtomicInteger();
    /** By either side; the queue of disconnects is drained by tests, this count is not. */
    private final AtomicInteger disconnections = new AtomicInteger();
    /** Set by the connect and disconnect events, after the counts: socket.io-client says connected just before its connect event. */
    private volatile boolean online;

    private ConnectionEvents(Socket socket) {
        this.socket = socket;
    }

    /** Listens to {@code socket}'s connection events, keeping each disconnect's reason and connect_error in {@code heard}. */
    static ConnectionEvents listen(Socket socket, HeardEvents heard) {
        ConnectionEvents connection = new ConnectionEvents(socket);
        socket.on(Socket.EVENT_CONNECT, args -> {
            connection.connects.incrementAndGet();
            connection.online = true;
        });
        socket.on(Socket.EVENT_DISCONNECT, args -> {
            connection.online = false;
            heard.disconnects.add(String.valueOf(args.length > 0 ? args[0] : null));
            connection.disconnections.incrementAndGet();
        });
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> {
            heard.connectErrors.add(args[0]);
            connection.connectError.set(args[0] instanceof JSONObject json ? json.optString("message") : String.valueOf(args[0]));
        });
        return connection;
    }

    /** Connected, and its connect event counted in {@link #connects()}. */
    boolean connected() {
        return online && socket.connected();
    }

    int connects() {
        return connects.get();
    }

    int disconnections() {
        return disconnections.get();
    }

    /** The message of the last {@code connect_error}, or null if none came. */
    String lastConnectError() {
        return connectError.get();
    }
}
