package dev.workbook.testkit.socketio;

import dev.workbook.testkit.Await;
import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * A Socket.IO client for tests, on socket.io-client-java with an OkHttp client of its own (see
 * {@link ShortLivedOkHttp}), that keeps every event it receives in a queue per event and waits a
 * bounded time for each. A step's client extends it with its namespace, its events and its words.
 *
 * <p>It puts together parts of one role each: {@link ClientOptions} to connect with,
 * {@link HeardEvents} and {@link ConnectionEvents} for what it hears, {@link ClientWaits} to wait
 * for it, {@link AckedEmits} to emit with acknowledgements, {@link TransportControl} to move and
 * break the connection.
 */
public class SocketIoTestClient implements AutoCloseable {

    /** Which transports the client may use: Socket.IO's fallback, checked three ways. */
    public enum Transports {
        DEFAULT(null, "websocket"),
        POLLING_ONLY(new String[] {"polling"}, "polling"),
        WEBSOCKET_ONLY(new String[] {"websocket"}, "websocket");

        /** The transports it offers, or null for socket.io-client's default. */
        final String[] names;
        /** The transport it ends up on: the default starts on long polling, then upgrades to WebSocket. */
        final String last;

        Transports(String[] names, String last) {
            this.names = names;
            this.last = last;
        }
    }

    /** Where a step's chat listens ({@code /chat}, say) and which of its events the client keeps. */
    public record Namespace(String path, List<String> events) {
    }

    /** Who the client is in failure messages: the nickname it sends, or "the client". */
    protected final String label;
    private final OkHttpClient http;
    private final Socket socket;
    private final HeardEvents heard;
    private final ConnectionEvents connection;
    private final ClientWaits waits;
    private final AckedEmits emits;
    private final TransportControl transport;

    /**
     * A client that connects at once.
     *
     * @param auth what it sends in its handshake, or null to send no auth at all
     * @param headers extra HTTP headers on every request, such as the {@code Origin} a page would send
     */
    protected SocketIoTestClient(int port, Namespace namespace, Transports transports, Map<String, String> auth,
                                 Map<String, List<String>> headers, Await await) {
        this(ShortLivedOkHttp.create(), port, namespace, transports, auth, headers, await);
    }

    /**
     * A client that connects at once from the local address {@code from} (127.0.0.7, say), as a
     * machine of its own would, for a balancer that tells clients apart by their address.
     */
    protected SocketIoTestClient(InetAddress from, int port, Namespace namespace, Transports transports, Map<String, String> auth,
                                 Await await) {
        this(ShortLivedOkHttp.from(from), port, namespace, transports, auth, Map.of(), await);
    }

    private SocketIoTestClient(OkHttpClient http, int port, Namespace namespace, Transports transports, Map<String, String> auth,
                               Map<String, List<String>> headers, Await await) {
        this.http = http;
        this.label = auth != null && auth.get("nickname") != null ? auth.get("nickname") : "the client";
        IO.Options options = ClientOptions.of(transports, auth, headers, http);
        socket = IO.socket(URI.create("http://127.0.0.1:" + port + namespace.path()), options);
        heard = HeardEvents.listen(socket, namespace.events());
        connection = ConnectionEvents.listen(socket, heard);
        waits = new ClientWaits(label, await, heard, connection);
        emits = new AckedEmits(socket, waits);
        transport = new TransportControl(socket, transports, connection, waits);
        socket.connect();
    }

    /** {@code client} once {@code ready} returned; closed again, and the failure passed on, if it threw. */
    protected static <C extends SocketIoTestClient> C readyOrClosed(C client, Consumer<? super C> ready) {
        try {
            ready.accept(client);
            return client;
        } catch (AssertionError | RuntimeException notReady) {
            client.close();
            throw notReady;
        }
    }

    /** Waits until connected; fails with the server's reason if the handshake was refused. */
    public void awaitConnected() {
        waits.untilWithinConnect(label + " to connect", this::connected,
                () -> "last connect_error: " + connection.lastConnectError() + "; ");
    }

    /** Waits until the client is on the transport it ends up on: tests that count on every ack and event send only after this. */
    public void awaitLastTransport() {
        transport.awaitLastTransport();
    }

    /** Connected and on its last transport. */
    public void awaitReady() {
        awaitConnected();
        awaitLastTransport();
    }

    /** Emits {@code event} with {@code payload} and waits for its acknowledgement, failing the test if none comes in time. */
    public JSONObject emitWithAck(String event, Object payload) {
        return emits.emitWithAck(event, payload);
    }

    /** Emits {@code event} with {@code payload}; its acknowledgement, or null if none came within {@code wait}. */
    public JSONObject emitWithAck(String event, Object payload, Duration wait) {
        return emits.emitWithAck(event, payload, wait);
    }

    /** Emits {@code event} with {@code payload} and returns at once; its acknowledgement lands in the queue returned. */
    public BlockingQueue<JSONObject> emitAsync(String event, Object payload) {
        return emits.emitAsync(event, payload);
    }

    /** Emits {@code event} with {@code payload}, asking for no acknowledgement. */
    public void emit(String event, Object payload) {
        socket.emit(event, payload);
    }

    /** The {@code event}s received and not taken yet. */
    public BlockingQueue<JSONObject> queue(String event) {
        return heard.of(event);
    }

    /** Takes the next {@code event}, waiting at most an event's time. */
    public JSONObject next(String event) {
        return waits.next("a '" + event + "' event at " + label, heard.of(event));
    }

    /** Takes the next {@code event} that comes right after the handshake: its wait is a connect's. */
    public JSONObject nextAfterHandshake(String event) {
        return waits.nextWithinConnect("a '" + event + "' event at " + label, heard.of(event));
    }

    /** The reason of the next disconnect, such as {@code io server disconnect} or {@code transport close}. */
    public String nextDisconnect() {
        return waits.next(label + " to be disconnected", heard.disconnects);
    }

    /** The disconnects not taken yet. */
    public BlockingQueue<String> disconnects() {
        return heard.disconnects;
    }

    /** What the next {@code connect_error} carried; a connect_error ends a handshake, so its wait is a connect's. */
    public Object nextConnectError() {
        return waits.nextWithinConnect("a connect_error at " + label, heard.connectErrors);
    }

    /** The message of the last {@code connect_error}, or null if none came. */
    public String lastConnectError() {
        return connection.lastConnectError();
    }

    /** How many times it connected. */
    public int connects() {
        return connection.connects();
    }

    /** What this client holds that no test took yet, by event, for a failure message: what came instead of what was awaited. */
    public String heardSoFar() {
        return waits.heardSoFar();
    }

    /** Connected, and its connect event counted in {@link #connects()}. */
    public boolean connected() {
        return connection.connected();
    }

    /** The session id the server gave this connection, or null while not connected. */
    public String sessionId() {
        return socket.id();
    }

    public Socket socket() {
        return socket;
    }

    /** Breaks the connection under the client, as a network failure would: it reconnects by itself. */
    public void dropTransport() {
        transport.dropTransport();
    }

    /** Disconnects by choice, as a page's "Go offline" does: it stays away until {@code socket().connect()}. */
    public void disconnect() {
        transport.disconnect();
    }

    /** How many times it was disconnected so far, for {@link #awaitDisconnectedSince}. */
    public int disconnections() {
        return connection.disconnections();
    }

    /** Waits for a disconnect after the {@code before}-th: until then the socket may still say connected. */
    public void awaitDisconnectedSince(int before, String after) {
        transport.awaitDisconnectedSince(before, after);
    }

    /** A JSON object of one field; org.json's put throws a checked exception, which this hides. */
    public static JSONObject object(String key, Object value) {
        try {
            return new JSONObject().put(key, value);
        } catch (JSONException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Closes the socket; OkHttp's threads end by themselves once its goodbye is out. */
    @Override
    public void close() {
        socket.close();
        http.connectionPool().evictAll();
    }
}
