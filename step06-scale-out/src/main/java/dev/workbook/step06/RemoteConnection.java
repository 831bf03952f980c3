package dev.workbook.step06;

import com.corundumstudio.socketio.AckCallback;
import com.corundumstudio.socketio.BroadcastOperations;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.Packet;
import java.net.SocketAddress;
import java.util.Set;
import java.util.UUID;

/**
 * A connection on another node, as far as a private message needs one: an event sent to it goes
 * to its own room, which the adapter passes to every node, and the node that has it sends it.
 * Everything else a connection can do needs the node it is on, and fails here saying so.
 */
final class RemoteConnection implements SocketIOClient {

    private final UUID session;
    private final BroadcastOperations ownRoom;

    RemoteConnection(UUID session, BroadcastOperations ownRoom) {
        this.session = session;
        this.ownRoom = ownRoom;
    }

    @Override
    public void sendEvent(String name, Object... data) {
        ownRoom.sendEvent(name, data);
    }

    @Override
    public void send(Packet packet) {
        ownRoom.send(packet);
    }

    @Override
    public UUID getSessionId() {
        return session;
    }

    @Override
    public void sendEvent(String name, AckCallback<?> ackCallback, Object... data) {
        throw elsewhere("wait for an acknowledgement");
    }

    @Override
    public void send(Packet packet, AckCallback<?> ackCallback) {
        throw elsewhere("wait for an acknowledgement");
    }

    @Override
    public void disconnect() {
        throw elsewhere("disconnect it");
    }

    @Override
    public HandshakeData getHandshakeData() {
        throw elsewhere("read its handshake");
    }

    @Override
    public Transport getTransport() {
        throw elsewhere("read its transport");
    }

    @Override
    public EngineIOVersion getEngineIOVersion() {
        throw elsewhere("read its protocol version");
    }

    @Override
    public boolean isWritable() {
        throw elsewhere("ask whether it is writable");
    }

    @Override
    public SocketIONamespace getNamespace() {
        throw elsewhere("read its namespace");
    }

    @Override
    public SocketAddress getRemoteAddress() {
        throw elsewhere("read its address");
    }

    @Override
    public boolean isChannelOpen() {
        throw elsewhere("ask whether it is open");
    }

    @Override
    public void joinRoom(String room) {
        throw elsewhere("put it in a room");
    }

    @Override
    public void joinRooms(Set<String> rooms) {
        throw elsewhere("put it in rooms");
    }

    @Override
    public void leaveRoom(String room) {
        throw elsewhere("take it out of a room");
    }

    @Override
    public void leaveRooms(Set<String> rooms) {
        throw elsewhere("take it out of rooms");
    }

    @Override
    public Set<String> getAllRooms() {
        throw elsewhere("list its rooms");
    }

    @Override
    public int getCurrentRoomSize(String room) {
        throw elsewhere("count a room");
    }

    @Override
    public void set(String key, Object value) {
        throw elsewhere("keep data on it");
    }

    @Override
    public <T> T get(String key) {
        throw elsewhere("read its data");
    }

    @Override
    public boolean has(String key) {
        throw elsewhere("read its data");
    }

    @Override
    public void del(String key) {
        throw elsewhere("delete its data");
    }

    private UnsupportedOperationException elsewhere(String what) {
        return new UnsupportedOperationException("session " + session + " is on another node: only that node can " + what);
    }
}
