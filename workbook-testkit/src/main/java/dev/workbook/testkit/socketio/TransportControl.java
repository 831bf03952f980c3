package dev.workbook.testkit.socketio;

import io.socket.client.Socket;

/**
 * A test client's hold on its connection: waiting for the transport it ends up on, and breaking or
 * closing the connection, each returning once the client's disconnect event came.
 */
final class TransportControl {

    private final Socket socket;
    private final EngineState engine;
    private final ConnectionEvents connection;
    private final ClientWaits waits;
    /** The transport the client ends up on: "websocket", unless it may only poll. */
    private final String last;

    TransportControl(Socket socket, SocketIoTestClient.Transports transports, ConnectionEvents connection, ClientWaits waits) {
        this.socket = socket;
        this.engine = new EngineState(socket);
        this.connection = connection;
        this.waits = waits;
        this.last = transports.last;
    }

    /**
     * Waits until connected and on the last transport: with the default transports, until the
     * upgrade to WebSocket is over. With netty-socketio 2.0.14 an acknowledgement or event sent
     * while a client moves from long polling to WebSocket can be lost; and socket.io-client-java 2.1.2
     * misses a server that stops during the upgrade until its heartbeat times out. Tests that count on
     * every ack and event, or break connections, send only after this.
     */
    void awaitLastTransport() {
        waits.untilWithinConnect(waits.label + " to finish moving to " + last,
                () -> connection.connected() && last.equals(engine.settledTransport()));
    }

    /** Breaks the Engine.IO connection under the client, as a network failure would: it reconnects by itself. */
    void dropTransport() {
        closeAndAwait("its transport broke", engine::close);
    }

    /** Disconnects by choice: the client stays away until {@code socket.connect()}. */
    void disconnect() {
        closeAndAwait("its disconnect()", socket::disconnect);
    }

    /**
     * Waits for a disconnect after the {@code before}-th. socket.io-client closes on its own event
     * thread: until its disconnect event, the socket still says connected, and what is sent then
     * (a join, say) waits for an acknowledgement that cannot come.
     */
    void awaitDisconnectedSince(int before, String after) {
        waits.untilWithinConnect(waits.label + " to be disconnected after " + after, () -> connection.disconnections() > before);
    }

    private void closeAndAwait(String what, Runnable close) {
        int before = connection.disconnections();
        close.run();
        awaitDisconnectedSince(before, what);
    }
}
