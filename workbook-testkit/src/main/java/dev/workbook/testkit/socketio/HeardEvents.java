package dev.workbook.testkit.socketio;

import io.socket.client.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.json.JSONObject;

/**
 * What a Socket.IO test client received and no test took yet: a queue for each event it keeps,
 * and one for its disconnects and its {@code connect_error}s.
 */
final class HeardEvents {

    /** The reason of every disconnect, such as {@code io server disconnect} or {@code transport close}. */
    final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    /** What every {@code connect_error} carried: a JSONObject for a refused handshake, an exception for a transport. */
    final BlockingQueue<Object> connectErrors = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<JSONObject>> events = new LinkedHashMap<>();

    private HeardEvents(List<String> kept) {
        kept.forEach(event -> events.put(event, new LinkedBlockingQueue<>()));
    }

    /** Queues that {@code socket} fills with every {@code kept} event it receives (its connection's events: {@link ConnectionEvents}). */
    static HeardEvents listen(Socket socket, List<String> kept) {
        HeardEvents heard = new HeardEvents(kept);
        kept.forEach(event -> socket.on(event, args -> heard.of(event).add(payload(args))));
        return heard;
    }

    /**
     * An event's payload: its last argument. socket.io-client-java 2.1.2 keeps an event that arrives
     * before its namespace's CONNECT, and hands it over later with the event's name as first argument.
     */
    private static JSONObject payload(Object... args) {
        return (JSONObject) args[args.length - 1];
    }

    /** The queue of {@code event}; fails naming it if the client does not keep it. */
    BlockingQueue<JSONObject> of(String event) {
        BlockingQueue<JSONObject> queue = events.get(event);
        if (queue == null) {
            throw new IllegalArgumentException("the client keeps no '" + event + "' events, only " + events.keySet());
        }
        return queue;
    }

    /** "'chat message' [{...}]; 'disconnect' [transport close]": every queue that holds something, for a failure message. */
    @Override
    public String toString() {
        Map<String, BlockingQueue<?>> all = new LinkedHashMap<>(events);
        all.put("disconnect", disconnects);
        all.put("connect_error", connectErrors);
        StringBuilder heard = new StringBuilder();
        all.forEach((event, queue) -> {
            if (!queue.isEmpty()) {
                heard.append(heard.length() == 0 ? "" : "; ").append('\'').append(event).append("' ").append(queue);
            }
        });
        return heard.toString();
    }
}
