package dev.workbook.testkit.socketio;

import dev.workbook.testkit.Await;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * A Socket.IO client for tests, on socket.io-client-java with an OkHttp client of its own (see
 * {@link ShortLivedOkHttp}), that keeps every event it receives in a queue per event and waits a
 * bounded time for each. A step's client extends it with its namespace, its events and its words.
 *
 * <p>{@link #connected()} follows the client's connect and disconnect events, and
 * {@link #disconnect()} and {@link #dropTransport()} return once the disconnect event came:
 * socket.io-client changes its own state on its event thread, a moment before or after it tells.
 */
public class SocketIoTestClient implements AutoCloseable {

    /** Which transports the client may use: Socket.IO's fallback, checked three ways. */
    public enum Transports {
        DEFAULT(null, "websocket"),
        POLLING_ONLY(new String[] {"polling"}, "polling"),
        WEBSOCKET_ONLY(new String[] {"websocket"}, "websocket");

        private final String[] names;
        /** The transport it ends up on: the default starts on long polling, then upgrades to WebSocket. */
        private final String last;

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
    private final Transports transports;
    private final Await await;
    private final HeardEvents heard;
    private final AtomicReference<String> connectError = new AtomicReference<>();
    /** Above one means it reconnected, by itself or when the test said so. */
    private final AtomicInteger connects = new AtomicInteger();
    /** By either side; the queue of disconnects is drained by tests, this count is not. */
    private final AtomicInteger disconnections = new AtomicInteger();
    /** Set by the connect and disconnect events, after the counts: socket.io-client says connected just before its connect event. */
    private volatile boolean online;
    private final OkHttpClient http = ShortLivedOkHttp.create();
    private final Socket socket;
    private final EngineState engine;

    /**
     * A client that connects at once.
     *
     * @param auth what it sends in its handshake, or null to send no auth at all
     * @param headers extra HTTP headers on every request, such as the {@code Origin} a page would send
     */
    protected SocketIoTestClient(int port, Namespace namespace, Transports transports, Map<String, String> auth,
                                 Map<String, List<String>> headers, Await await) {
        this.label = auth != null && auth.get("nickname") != null ? auth.get("nickname") : "the client";
        this.transports = transports;
        this.await = await;
        this.heard = new HeardEvents(namespace.events());
        socket = IO.socket(URI.create("http://127.0.0.1:" + port + namespace.path()), options(transports, auth, headers));
        engine = new EngineState(socket);
        heard.kept().forEach(event -> socket.on(event, args -> heard.of(event).add(payload(args))));
        listenToTheConnection();
        socket.connect();
    }

    private IO.Options options(Transports transports, Map<String, String> auth, Map<String, List<String>> headers) {
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

    private void listenToTheConnection() {
        socket.on(Socket.EVENT_CONNECT, args -> {
            connects.incrementAndGet();
            online = true;
        });
        socket.on(Socket.EVENT_DISCONNECT, args -> {
            online = false;
            heard.disconnects.add(String.valueOf(args.length > 0 ? args[0] : null));
            disconnections.incrementAndGet();
        });
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> {
            heard.connectErrors.add(args[0]);
            connectError.set(args[0] instanceof JSONObject json ? json.optString("message") : String.valueOf(args[0]));
        });
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
        await.atMost(Await.CONNECT_TIMEOUT).until(label + " to connect", this::connected,
                () -> "last connect_error: " + connectError.get() + "; " + heardSoFar());
    }

    /**
     * Waits until the client is on the transport it ends up on: with the default transports, until
     * the upgrade to WebSocket is over. With netty-socketio 2.0.14 an acknowledgement or event sent
     * while a client moves from long polling to WebSocket can be lost; and socket.io-client-java 2.1.2
     * misses a server that stops during the upgrade until its heartbeat times out. Tests that count on
     * every ack and event, or break connections, send only after this.
     */
    public void awaitLastTransport() {
        await.atMost(Await.CONNECT_TIMEOUT).until(label + " to finish moving to " + transports.last,
                () -> connected() && transports.last.equals(engine.settledTransport()), this::heardSoFar);
    }

    /** Connected and on its last transport. */
    public void awaitReady() {
        awaitConnected();
        awaitLastTransport();
    }

    /** Emits {@code event} with {@code payload} and waits for its acknowledgement, failing the test if none comes in time. */
    public JSONObject emitWithAck(String event, Object payload) {
        return await.next("the acknowledgement of '" + event + "' with " + payload + " from " + label, emitAsync(event, payload),
                this::heardSoFar);
    }

    /** Emits {@code event} with {@code payload}; its acknowledgement, or null if none came within {@code wait}. */
    public JSONObject emitWithAck(String event, Object payload, Duration wait) {
        try {
            return emitAsync(event, payload).poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an acknowledgement", e);
        }
    }

    /** Emits {@code event} with {@code payload} and returns at once; its acknowledgement lands in the queue returned. */
    public BlockingQueue<JSONObject> emitAsync(String event, Object payload) {
        BlockingQueue<JSONObject> acks = new LinkedBlockingQueue<>();
        socket.emit(event, new Object[] {payload}, (Ack) args -> acks.add(args.length > 0 && args[0] instanceof JSONObject json
                ? json : object("ack-arguments", args.length)));
        return acks;
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
        return await.next("a '" + event + "' event at " + label, heard.of(event), this::heardSoFar);
    }

    /** Takes the next {@code event} that comes right after the handshake: its wait is a connect's (on a busy machine, more than a second). */
    public JSONObject nextAfterHandshake(String event) {
        return await.atMost(Await.CONNECT_TIMEOUT).next("a '" + event + "' event at " + label, heard.of(event), this::heardSoFar);
    }

    /** The reason of the next disconnect, such as {@code io server disconnect} or {@code transport close}. */
    public String nextDisconnect() {
        return await.next(label + " to be disconnected", heard.disconnects, this::heardSoFar);
    }

    /** The disconnects not taken yet. */
    public BlockingQueue<String> disconnects() {
        return heard.disconnects;
    }

    /** What the next {@code connect_error} carried; a connect_error ends a handshake, so its wait is a connect's. */
    public Object nextConnectError() {
        return await.atMost(Await.CONNECT_TIMEOUT).next("a connect_error at " + label, heard.connectErrors, this::heardSoFar);
    }

    /** The message of the last {@code connect_error}, or null if none came. */
    public String lastConnectError() {
        return connectError.get();
    }

    /** How many times it connected. */
    public int connects() {
        return connects.get();
    }

    /** What this client holds that no test took yet, by event, for a failure message: what came instead of what was awaited. */
    public String heardSoFar() {
        return (connected() ? "" : "(not connected) ") + heard;
    }

    /** Connected, and its connect event counted in {@link #connects()}. */
    public boolean connected() {
        return online && socket.connected();
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
        closeAndAwait("its transport broke", engine::close);
    }

    /** Disconnects by choice, as a page's "Go offline" does: it stays away until {@code socket().connect()}. */
    public void disconnect() {
        closeAndAwait("its disconnect()", socket::disconnect);
    }

    /** How many times it was disconnected so far, for {@link #awaitDisconnectedSince}. */
    public int disconnections() {
        return disconnections.get();
    }

    /**
     * Waits for a disconnect after the {@code before}-th. socket.io-client closes on its own event
     * thread: until its disconnect event, the socket still says connected, and what is sent then
     * (a join, say) waits for an acknowledgement that cannot come.
     */
    public void awaitDisconnectedSince(int before, String after) {
        await.atMost(Await.CONNECT_TIMEOUT).until(label + " to be disconnected after " + after,
                () -> disconnections.get() > before, this::heardSoFar);
    }

    private void closeAndAwait(String what, Runnable close) {
        int before = disconnections.get();
        close.run();
        awaitDisconnectedSince(before, what);
    }

    /**
     * An event's payload: its last argument. socket.io-client-java 2.1.2 keeps an event that arrives
     * before its namespace's CONNECT, and hands it over later with the event's name as first argument.
     */
    private static JSONObject payload(Object... args) {
        return (JSONObject) args[args.length - 1];
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
