package dev.workbook.step03;

import dev.workbook.testkit.Await;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * A Socket.IO client for tests, on socket.io-client-java with an OkHttp client of its own (shut down
 * on close, so no thread outlives the test), that keeps every event it receives.
 */
final class SocketIoTestClient implements AutoCloseable {

    /** Which transports the client may use: Socket.IO's fallback, checked three ways. */
    enum Transports {
        DEFAULT(null), POLLING_ONLY(new String[] {"polling"}), WEBSOCKET_ONLY(new String[] {"websocket"});

        private final String[] names;

        Transports(String[] names) {
            this.names = names;
        }
    }

    final BlockingQueue<JSONObject> chatMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> presence = new LinkedBlockingQueue<>();
    final AtomicReference<String> connectError = new AtomicReference<>();
    /** Keeps no idle connection, so its pool's cleanup thread ends with the test. */
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(1, TimeUnit.MINUTES)
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS)).build();
    private final Socket socket;
    private final Await await;

    SocketIoTestClient(int port, Transports transports, Map<String, String> auth, Await await) {
        this.await = await;
        IO.Options options = new IO.Options();
        options.forceNew = true;
        options.transports = transports.names;
        options.auth = auth;
        options.reconnectionDelay = 100;
        options.reconnectionDelayMax = 500;
        options.callFactory = http;
        options.webSocketFactory = http;
        socket = IO.socket(URI.create("http://127.0.0.1:" + port + SocketIoChatServer.NAMESPACE), options);
        socket.on(ChatEvents.CHAT, args -> chatMessages.add((JSONObject) args[0]));
        socket.on(ChatEvents.PRESENCE, args -> presence.add((JSONObject) args[0]));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> connectError.set(args[0] instanceof JSONObject json
                ? json.optString("message") : String.valueOf(args[0])));
        socket.connect();
    }

    /** Waits until connected; fails with the server's reason if the handshake was refused. */
    SocketIoTestClient awaitConnected() {
        await.until("the client to connect (last connect_error: " + connectError.get() + ")", socket::connected);
        return this;
    }

    /** Emits {@code event} with {@code payload} and waits for its acknowledgement. */
    JSONObject emitWithAck(String event, Object payload) {
        BlockingQueue<JSONObject> acks = new LinkedBlockingQueue<>();
        socket.emit(event, new Object[] {payload}, (Ack) args -> acks.add(args.length > 0 && args[0] instanceof JSONObject json
                ? json : object("ack-arguments", args.length)));
        return await.next("the acknowledgement of '" + event + "'", acks);
    }

    /** A JSON object of one field; org.json's put throws a checked exception, which this hides. */
    static JSONObject object(String key, Object value) {
        try {
            return new JSONObject().put(key, value);
        } catch (JSONException e) {
            throw new IllegalArgumentException(e);
        }
    }

    JSONObject nextChatMessage() {
        return await.next("a 'chat message' event", chatMessages);
    }

    boolean connected() {
        return socket.connected();
    }

    Socket socket() {
        return socket;
    }

    @Override
    public void close() {
        socket.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
