package dev.workbook.bench.scaleout;

import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The members of the probe's room: socket.io-client-java connections over WebSocket, each signed in
 * and joined, spread over the nodes in turn; they count down each message's latch as it arrives.
 */
final class HopReceivers implements AutoCloseable {

    /** Joins announce the room's members to all of them, so a room's joins cost the square of its size. */
    private static final long WAIT_SECONDS = 60;

    private final OkHttpClient http = unlimitedHttp();
    private final List<Socket> sockets = new ArrayList<>();
    private final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

    /** {@code members} connections to the nodes on {@code ports}, in turn, all in {@code room}. */
    static HopReceivers join(List<Integer> ports, int members, String room) throws InterruptedException {
        HopReceivers receivers = new HopReceivers();
        CountDownLatch joined = new CountDownLatch(members);
        for (int i = 0; i < members; i++) {
            receivers.sockets.add(receivers.member(ports.get(i % ports.size()), "m" + i, room, joined));
        }
        if (!joined.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            receivers.close();
            throw new IllegalStateException((members - joined.getCount()) + " of " + members + " members joined #" + room);
        }
        return receivers;
    }

    private Socket member(int port, String nickname, String room, CountDownLatch joined) {
        IO.Options options = IO.Options.builder().setTransports(new String[] {"websocket"}).setReconnection(false)
                .setAuth(Map.of("nickname", nickname, "clientId", nickname + "-" + System.nanoTime())).build();
        options.callFactory = http;
        options.webSocketFactory = http;
        Socket socket = IO.socket(URI.create("http://127.0.0.1:" + port + "/chat"), options);
        socket.on("chat message", args -> arrived((JSONObject) args[0]));
        socket.on(Socket.EVENT_CONNECT, args -> socket.emit("join", new Object[] {object("room", room)}, ack -> joined.countDown()));
        socket.connect();
        return socket;
    }

    /** Expects {@code text} to reach every member; the latch opens when the last one has it. */
    CountDownLatch expect(String text) {
        CountDownLatch latch = new CountDownLatch(sockets.size());
        waiting.put(text, latch);
        return latch;
    }

    private void arrived(JSONObject message) {
        CountDownLatch latch = waiting.get(message.optString("text"));
        if (latch != null) {
            latch.countDown();
        }
    }

    /** The first member, on the first node, says {@code text} in {@code room}. */
    void say(String room, String text) {
        JSONObject message = object("room", room);
        try {
            message.put("text", text).put("clientMessageId", text);
        } catch (JSONException e) {
            throw new IllegalArgumentException(e);
        }
        sockets.get(0).emit("chat message", message);
    }

    int size() {
        return sockets.size();
    }

    static JSONObject object(String key, Object value) {
        try {
            return new JSONObject().put(key, value);
        } catch (JSONException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** OkHttp runs at most 64 calls at once by default, and an open WebSocket is one: the 65th member would never connect. */
    private static OkHttpClient unlimitedHttp() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(100_000);
        dispatcher.setMaxRequestsPerHost(100_000);
        return new OkHttpClient.Builder().dispatcher(dispatcher).build();
    }

    @Override
    public void close() {
        sockets.forEach(Socket::close);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
