package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;

/**
 * Who is on a connection: the nickname others see, and the id the page keeps across reloads and
 * reconnects, which tells a retried message from a new one.
 */
public record Identity(String nickname, String clientId) {

    private static final String KEY = "identity";

    /** The identity the handshake check gave {@code client}, or null if it has none. */
    public static Identity of(SocketIOClient client) {
        return client.get(KEY);
    }

    /** Remembers who is on {@code client}. */
    public void attachTo(SocketIOClient client) {
        client.set(KEY, this);
    }
}
