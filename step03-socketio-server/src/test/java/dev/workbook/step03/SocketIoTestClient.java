package dev.workbook.step03;

import dev.workbook.testkit.Await;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Manager;
import io.socket.client.Socket;
import io.socket.engineio.client.Transport;
import io.socket.thread.EventThread;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * A Socket.IO client for tests, on socket.io-client-java with an OkHttp client of its own (whose
 * threads end a second after the client closes, so none outlives the test), that keeps every event
 * it receives.
 */
final class SocketIoTestClient implements AutoCloseable {

    /** Which transports the client may use: Socket.IO's fallback, checked three ways. */
    enum Transports {
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

    /**
     * How long an idle OkHttp thread lives; OkHttp's own default is a minute, which keeps a JVM alive.
     * The executor is never shut down: {@code close()} sends the client's goodbye from OkHttp's threads
     * a moment later, and a shut-down executor would drop it, leaving the server to count the client
     * online until its ping timeout.
     */
    private static final long THREAD_KEEP_ALIVE_MILLIS = 100;
    /** The client's Engine.IO socket, its transport, and whether it is upgrading: private to socket.io-client-java. */
    private static final Field ENGINE = field(Manager.class, "engine");
    private static final Field ENGINE_TRANSPORT = field(io.socket.engineio.client.Socket.class, "transport");
    private static final Field UPGRADING = field(io.socket.engineio.client.Socket.class, "upgrading");

    final BlockingQueue<JSONObject> chatMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> presence = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> refused = new LinkedBlockingQueue<>();
    /** The reason of every disconnect, such as {@code io server disconnect} or {@code transport error}. */
    final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    /** What every {@code connect_error} carried: a JSONObject for a refused handshake, an exception for a transport. */
    final BlockingQueue<Object> connectErrors = new LinkedBlockingQueue<>();
    final AtomicReference<String> connectError = new AtomicReference<>();
    /** How many times it connected: the test never connects it again, so above one means it reconnected by itself. */
    final AtomicInteger connects = new AtomicInteger();
    /** Keeps no idle connection, so its pool's cleanup thread ends with the test. */
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(1, TimeUnit.MINUTES)
            .dispatcher(new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, THREAD_KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS,
                    new SynchronousQueue<>(), work -> new Thread(work, "OkHttp Dispatcher"))))
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS)).build();
    private final Socket socket;
    private final Transports transports;
    private final Await await;

    SocketIoTestClient(int port, Transports transports, Map<String, String> auth, Await await) {
        this(port, transports, auth, Map.of(), await);
    }

    /**
     * A client that connects at once.
     *
     * @param auth what it sends in its handshake, or null to send no auth at all
     * @param headers extra HTTP headers on every request, such as the {@code Origin} a page would send
     */
    SocketIoTestClient(int port, Transports transports, Map<String, String> auth, Map<String, List<String>> headers, Await await) {
        this.transports = transports;
        this.await = await;
        IO.Options options = new IO.Options();
        options.forceNew = true;
        options.transports = transports.names;
        options.auth = auth;
        options.extraHeaders = headers;
        options.reconnectionDelay = 100;
        options.reconnectionDelayMax = 500;
        options.callFactory = http;
        options.webSocketFactory = http;
        socket = IO.socket(URI.create("http://127.0.0.1:" + port + SocketIoChatServer.NAMESPACE), options);
        socket.on(ChatEvents.CHAT, args -> chatMessages.add(payload(args)));
        socket.on(ChatEvents.PRESENCE, args -> presence.add(payload(args)));
        socket.on(ChatEvents.REFUSED, args -> refused.add(payload(args)));
        socket.on(Socket.EVENT_CONNECT, args -> connects.incrementAndGet());
        socket.on(Socket.EVENT_DISCONNECT, args -> disconnects.add(String.valueOf(args.length > 0 ? args[0] : null)));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> {
            connectErrors.add(args[0]);
            connectError.set(args[0] instanceof JSONObject json ? json.optString("message") : String.valueOf(args[0]));
        });
        socket.connect();
    }

    /** A client joined as {@code nickname}, connected; closed again if it cannot connect. */
    static SocketIoTestClient join(int port, Transports transports, String nickname, Await await) {
        return closedUnless(new SocketIoTestClient(port, transports, Map.of("nickname", nickname), await),
                SocketIoTestClient::awaitConnected);
    }

    /**
     * A client joined as {@code nickname}, connected, and done upgrading (see {@link #awaitLastTransport()}).
     * Tests that count on acks and order use it: with netty-socketio 2.0.14 an event emitted while the
     * client moves from long polling to WebSocket lost its acknowledgement once under load.
     */
    static SocketIoTestClient joinOnLastTransport(int port, Transports transports, String nickname, Await await) {
        return closedUnless(new SocketIoTestClient(port, transports, Map.of("nickname", nickname), await),
                client -> client.awaitConnected().awaitLastTransport());
    }

    private static SocketIoTestClient closedUnless(SocketIoTestClient client, UnaryOperator<SocketIoTestClient> ready) {
        try {
            return ready.apply(client);
        } catch (AssertionError | RuntimeException notReady) {
            client.close();
            throw notReady;
        }
    }

    /** Waits until connected; fails with the server's reason if the handshake was refused. */
    SocketIoTestClient awaitConnected() {
        await.atMost(Await.CONNECT_TIMEOUT).until("the client to connect (last connect_error: " + connectError.get() + ")",
                socket::connected);
        return this;
    }

    /**
     * Waits until the client is on the transport it ends up on: with the default transports, until the
     * upgrade to WebSocket is over. socket.io-client-java 2.1.2 misses a server that stops during the
     * upgrade until its heartbeat times out (45 s here); tests that break connections wait for this first.
     */
    SocketIoTestClient awaitLastTransport() {
        await.atMost(Await.CONNECT_TIMEOUT).until("the client to finish moving to " + transports.last,
                () -> transports.last.equals(settledTransport()));
        return this;
    }

    /**
     * The Engine.IO transport in use, or null while an upgrade is under way. The client tells of its
     * upgrade only on its Engine.IO socket, which it keeps to itself: this reads that socket's state,
     * on the client's own event thread, where that state changes.
     */
    private String settledTransport() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        EventThread.exec(() -> {
            try {
                Object engine = ENGINE.get(socket.io());
                Transport current = engine == null ? null : (Transport) ENGINE_TRANSPORT.get(engine);
                answer.complete(current == null || UPGRADING.getBoolean(engine) ? null : current.name);
            } catch (IllegalAccessException | RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the client's transport", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the client's transport", e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("socket.io-client-java changed: " + owner.getName() + " has no field " + name, e);
        }
    }

    /** Emits {@code event} with {@code payload} and waits for its acknowledgement. */
    JSONObject emitWithAck(String event, Object payload) {
        BlockingQueue<JSONObject> acks = new LinkedBlockingQueue<>();
        socket.emit(event, new Object[] {payload}, (Ack) args -> acks.add(args.length > 0 && args[0] instanceof JSONObject json
                ? json : object("ack-arguments", args.length)));
        return await.next("the acknowledgement of '" + event + "'", acks);
    }

    /** Emits {@code event} with {@code payload}, asking for no acknowledgement. */
    void emit(String event, Object payload) {
        socket.emit(event, payload);
    }

    /**
     * An event's payload: its last argument. socket.io-client-java 2.1.2 keeps an event that arrives
     * before its namespace's CONNECT, and hands it over later with the event's name as first argument.
     */
    private static JSONObject payload(Object... args) {
        return (JSONObject) args[args.length - 1];
    }

    /** A JSON object of one field; org.json's put throws a checked exception, which this hides. */
    static JSONObject object(String key, Object value) {
        try {
            return new JSONObject().put(key, value);
        } catch (JSONException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The payload of a {@code chat message}: {@code {text}}. */
    static JSONObject text(String text) {
        return object("text", text);
    }

    JSONObject nextChatMessage() {
        return await.next("a 'chat message' event", chatMessages);
    }

    JSONObject nextPresence() {
        return await.next("a 'presence' event", presence);
    }

    /** A refusal comes right after the handshake, so its wait is a connect's (on a busy machine, more than a second). */
    JSONObject nextRefused() {
        return await.atMost(Await.CONNECT_TIMEOUT).next("a 'refused' event", refused);
    }

    String nextDisconnect() {
        return await.next("the client to be disconnected", disconnects);
    }

    /** A connect_error ends a handshake: its wait is a connect's. */
    Object nextConnectError() {
        return await.atMost(Await.CONNECT_TIMEOUT).next("a connect_error", connectErrors);
    }

    boolean connected() {
        return socket.connected();
    }

    /** The session id the server gave this connection, or null while not connected. */
    String sessionId() {
        return socket.id();
    }

    Socket socket() {
        return socket;
    }

    /** Closes the socket; OkHttp's threads end by themselves once its goodbye is out (see {@link #THREAD_KEEP_ALIVE_MILLIS}). */
    @Override
    public void close() {
        socket.close();
        http.connectionPool().evictAll();
    }
}
