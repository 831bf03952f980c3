package dev.workbook.testkit.socketio;

import io.socket.client.IO;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/** The options a Socket.IO test client connects with: a new connection of its own, quick reconnects, and its own OkHttp. */
final class ClientOptions {

    private ClientOptions() {
    }

    /**
     * @param auth what the client sends in its handshake, or null to send no auth at all
     * @param headers extra HTTP headers on every request, such as the {@code Origin} a page would send
     * @param http the OkHttp client for both long polling and WebSocket (see {@link ShortLivedOkHttp})
     */
    static IO.Options of(SocketIoTestClient.Transports transports, Map<String, String> auth, Map<String, List<String>> headers,
                         OkHttpClient http) {
        IO.Options options = new IO.Options();
        options.forceNew = true;
        options.transports = transports.names;
        options.auth = auth;
        options.extraHeaders = headers;
        options.reconnectionDelay = 100;
        options.reconnectionDelayMax = 500;
        options.callFactory = http;
        options.webSocketFactory = http;
        return options;
    }
}
