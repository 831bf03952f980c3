package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;
import static dev.workbook.step04.Step04Exercises.PRIVATE;

import dev.workbook.testkit.Await;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.json.JSONObject;

/**
 * A step 04 chat client for tests, on socket.io-client-java with an OkHttp client of its own (whose
 * threads end a second after the client closes): it keeps every event it receives in a queue per
 * event, and waits a bounded time for each acknowledgement.
 */
final class RoomsTestClient implements AutoCloseable {

    static final String ROOMS = "rooms";
    static final String JOIN = "join";
    static final String LEAVE = "leave";
    static final String HISTORY = "history";
    static final String CHAT = "chat message";
    static final String TYPING = "typing";
    static final String PRIVATE = "private message";
    static final String MEMBERS = "members";
    static final String REFUSED = "refused";

    /** How long an idle OkHttp thread lives; OkHttp's own default is a minute, which keeps a JVM alive. */
    private static final long THREAD_KEEP_ALIVE_MILLIS = 100;

    final BlockingQueue<JSONObject> chatMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> members = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> rooms = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> typing = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> privateMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<JSONObject> refused = new LinkedBlockingQueue<>();
    /** The reason of every disconnect, such as {@code io server disconnect} or {@code transport close}. */
    final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    /** What every {@code connect_error} carried: a JSONObject for a refused handshake, an exception for a transport. */
    final BlockingQueue<Object> connectErrors = new LinkedBlockingQueue<>();
    final AtomicReference<String> connectError = new AtomicReference<>();
    /** How many times it connected: above one means it reconnected, by itself or when the test said so. */
    final AtomicInteger connects = new AtomicInteger();
    /** How many times it was disconnected, by either side: {@link #disconnects} is drained by tests, this is not. */
    final AtomicInteger disconnections = new AtomicInteger();
    /**
     * Set by the connect and disconnect events, after {@link #connects} counts: socket.io-client says
     * connected just before its connect event, when a test would not know yet that it reconnected.
     */
    private volatile boolean online;
    final String nickname;
    final String clientId;
    final Transports transports;
    /** Keeps no idle connection, so its pool's cleanup thread ends with the test. */
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(1, TimeUnit.MINUTES)
            .dispatcher(new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, THREAD_KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS,
                    new SynchronousQueue<>(), work -> new Thread(work, "OkHttp Dispatcher"))))
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS)).build();
    private final Socket socket;
    private final EngineState engine;
    private final Await await;

    /**
     * A client that connects at once.
     *
     * @param auth what it sends in its handshake ({@code nickname}, {@code clientId}, {@code token}), or null for no auth at all
     */
    RoomsTestClient(int port, Transports transports, Map<String, String> auth, Await await) {
        this.nickname = auth == null ? null : auth.get("nickname");
        this.clientId = auth == null ? null : auth.get("clientId");
        this.transports = transports;
        this.await = await;
        IO.Options options = new IO.Options();
        options.forceNew = true;
        options.transports = transports.names;
        options.auth = auth;
        options.reconnectionDelay = 100;
        options.reconnectionDelayMax = 500;
        options.callFactory = http;
        options.webSocketFactory = http;
        socket = IO.socket(URI.create("http://127.0.0.1:" + port + ChatRoomsServer.NAMESPACE), options);
        engine = new EngineState(socket);
        socket.on(CHAT, args -> chatMessages.add(payload(args)));
        socket.on(MEMBERS, args -> members.add(payload(args)));
        socket.on(ROOMS, args -> rooms.add(payload(args)));
        socket.on(TYPING, args -> typing.add(payload(args)));
        socket.on(PRIVATE, args -> privateMessages.add(payload(args)));
        socket.on(REFUSED, args -> refused.add(payload(args)));
        socket.on(Socket.EVENT_CONNECT, args -> {
            connects.incrementAndGet();
            online = true;
        });
        socket.on(Socket.EVENT_DISCONNECT, args -> {
            online = false;
            disconnects.add(String.valueOf(args.length > 0 ? args[0] : null));
            disconnections.incrementAndGet();
        });
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> {
            connectErrors.add(args[0]);
            connectError.set(args[0] instanceof JSONObject json ? json.optString("message") : String.valueOf(args[0]));
        });
        socket.connect();
    }

    /** The auth of a new page: {@code nickname} and a clientId of its own. */
    static Map<String, String> auth(String nickname) {
        return auth(nickname, nickname.strip().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + Payloads.newMessageId());
    }

    static Map<String, String> auth(String nickname, String clientId) {
        Map<String, String> auth = new LinkedHashMap<>();
        auth.put("nickname", nickname);
        auth.put("clientId", clientId);
        return auth;
    }

    /** A client signed in as {@code nickname}, connected and on its last transport (see {@link #awaitReady()}). */
    static RoomsTestClient connect(int port, Transports transports, String nickname, Await await) {
        return connect(port, transports, auth(nickname), await);
    }

    static RoomsTestClient connect(int port, Transports transports, Map<String, String> auth, Await await) {
        return closedUnless(new RoomsTestClient(port, transports, auth, await), RoomsTestClient::awaitReady);
    }

    private static RoomsTestClient closedUnless(RoomsTestClient client, UnaryOperator<RoomsTestClient> ready) {
        try {
            return ready.apply(client);
        } catch (AssertionError | RuntimeException notReady) {
            client.close();
            throw notReady;
        }
    }

    /**
     * Waits until connected and done upgrading to the transport it ends up on. With netty-socketio
     * 2.0.14 an acknowledgement or event sent while a client moves from long polling to WebSocket can
     * be lost (see step 03), so tests that count on every ack and event send only after this.
     */
    RoomsTestClient awaitReady() {
        Await connecting = await.atMost(Await.CONNECT_TIMEOUT);
        connecting.until(nickname + " to connect (last connect_error: " + connectError.get() + ")", socket::connected);
        connecting.until(nickname + " to finish moving to " + transports.last, () -> socket.connected()
                && transports.last.equals(engine.settledTransport()));
        return this;
    }

    /** Emits {@code event} with {@code payload} and waits for its acknowledgement, failing the test if none comes in time. */
    JSONObject emitWithAck(String event, Object payload) {
        return await.next("the acknowledgement of '" + event + "' with " + payload + " from " + nickname, emitAsync(event, payload),
                this::heardSoFar);
    }

    /** Emits {@code event} with {@code payload}; its acknowledgement, or null if none came within {@code wait}. */
    JSONObject emitWithAck(String event, Object payload, Duration wait) {
        try {
            return emitAsync(event, payload).poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an acknowledgement", e);
        }
    }

    /** Emits {@code event} with {@code payload} and returns at once; its acknowledgement lands in the queue returned. */
    BlockingQueue<JSONObject> emitAsync(String event, Object payload) {
        BlockingQueue<JSONObject> acks = new LinkedBlockingQueue<>();
        socket.emit(event, new Object[] {payload}, (Ack) args -> acks.add(args.length > 0 && args[0] instanceof JSONObject json
                ? json : Payloads.object("ack-arguments", args.length)));
        return acks;
    }

    /** Emits {@code event} with {@code payload}, asking for no acknowledgement. */
    void emit(String event, Object payload) {
        socket.emit(event, payload);
    }

    /** {@code join {room}}, acknowledged. */
    JSONObject join(String room) {
        return emitWithAck(JOIN, Payloads.object("room", room));
    }

    /** {@code join {room}} as the arrangement of a test: fails naming exercise 4.2 unless the ack says ok. */
    JSONObject joined(String room) {
        JSONObject ack = join(room);
        if (!ack.optBoolean("ok")) {
            throw new AssertionError(Step04Exercises.JOIN + ": " + nickname + " could not join #" + room + ": the ack is " + ack);
        }
        return ack;
    }

    /** {@code chat message {room, text, clientMessageId}} with a new clientMessageId, acknowledged. */
    JSONObject send(String room, String text) {
        return emitWithAck(CHAT, Payloads.message(room, text, Payloads.newMessageId()));
    }

    JSONObject nextChatMessage() {
        return await.next("a 'chat message' event at " + nickname, chatMessages, this::heardSoFar);
    }

    JSONObject nextMembers() {
        return await.next("a 'members' event at " + nickname, members, this::heardSoFar);
    }

    JSONObject nextRooms() {
        return await.next("a 'rooms' event at " + nickname, rooms, this::heardSoFar);
    }

    JSONObject nextTyping() {
        return await.next("a 'typing' event at " + nickname, typing, this::heardSoFar);
    }

    JSONObject nextPrivateMessage() {
        return await.next("a 'private message' event at " + nickname, privateMessages, this::heardSoFar);
    }

    String nextDisconnect() {
        return await.next(nickname + " to be disconnected", disconnects, this::heardSoFar);
    }

    /** A connect_error ends a handshake: its wait is a connect's (on a busy machine, more than a second). */
    Object nextConnectError() {
        return await.atMost(Await.CONNECT_TIMEOUT).next("a connect_error at " + nickname, connectErrors, this::heardSoFar);
    }

    /** What this client holds that no test took yet, by event, for a failure message: what came instead of what was awaited. */
    String heardSoFar() {
        StringBuilder heard = new StringBuilder();
        Map<String, BlockingQueue<?>> queues = new LinkedHashMap<>();
        queues.put(CHAT, chatMessages);
        queues.put(MEMBERS, members);
        queues.put(ROOMS, rooms);
        queues.put(TYPING, typing);
        queues.put(PRIVATE, privateMessages);
        queues.put(REFUSED, refused);
        queues.put("disconnect", disconnects);
        queues.put("connect_error", connectErrors);
        queues.forEach((event, queue) -> {
            if (!queue.isEmpty()) {
                heard.append(heard.length() == 0 ? "" : "; ").append('\'').append(event).append("' ").append(queue);
            }
        });
        return (connected() ? "" : "(not connected) ") + heard;
    }

    /** Connected, and its connect event counted in {@link #connects}. */
    boolean connected() {
        return online && socket.connected();
    }

    Socket socket() {
        return socket;
    }

    /** Breaks the connection under the client, as a network failure would: it reconnects by itself. */
    void dropTransport() {
        closeAndAwait("its transport broke", engine::close);
    }

    /** Disconnects by choice, as the page's "Go offline" does: it stays away until {@code socket().connect()}. */
    void disconnect() {
        closeAndAwait("its disconnect()", socket::disconnect);
    }

    /** How many times it was disconnected so far, for {@link #awaitDisconnectedSince}. */
    int disconnections() {
        return disconnections.get();
    }

    /**
     * Waits for a disconnect after the {@code before}-th. socket.io-client closes on its own event
     * thread: until its disconnect event, {@code connected()} still says yes, and what is sent then
     * (a join, say) waits for an acknowledgement that cannot come.
     */
    void awaitDisconnectedSince(int before, String after) {
        await.atMost(Await.CONNECT_TIMEOUT).until(nickname + " to be disconnected after " + after,
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

    /** Closes the socket; OkHttp's threads end by themselves once its goodbye is out. */
    @Override
    public void close() {
        socket.close();
        http.connectionPool().evictAll();
    }

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
}
