package dev.workbook.step04;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.Exercise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;

/**
 * The client's half of "nothing lost, nothing twice", as the page does it (exercise 4.7), driven
 * from the test's thread: it keeps the last seq it showed per room, drops a message it has, fills a
 * gap with {@code history}, rejoins with {@code after} after a reconnect, and keeps every message
 * until it is acknowledged, to send again with the same clientMessageId.
 */
final class Delivery {

    /** How long to wait for an acknowledgement before counting it lost and asking again. */
    private static final Duration ACK_WAIT = Duration.ofSeconds(1);

    private final RoomsTestClient client;
    private final Await await;
    private final Map<String, Long> last = new LinkedHashMap<>();
    private final Map<String, List<JSONObject>> shown = new LinkedHashMap<>();
    /** Sent or not, but not acknowledged yet: clientMessageId to payload. */
    private final Map<String, JSONObject> unacknowledged = new LinkedHashMap<>();
    private int duplicatesDropped;

    Delivery(RoomsTestClient client, Await await) {
        this.client = client;
        this.await = await;
    }

    /** Joins {@code room}, or rejoins it with {@code after}: the last seq shown; shows what the ack carries. */
    JSONObject join(String room) {
        Long after = last.get(room);
        JSONObject request = after == null ? Payloads.object("room", room) : Payloads.object("room", room, "after", after);
        JSONObject ack = acknowledged(RoomsTestClient.JOIN, request);
        if (!ack.optBoolean("ok")) {
            return ack;
        }
        List<JSONObject> messages = Payloads.objects(ack.optJSONArray("messages"));
        if (after == null) { // a first join shows the latest messages, and counts from the first of them
            last.put(room, messages.isEmpty() ? 0 : messages.get(0).optLong("seq") - 1);
            shown.put(room, new ArrayList<>());
        }
        messages.forEach(this::show);
        if (ack.optBoolean("more")) {
            fillGap(room);
        }
        return ack;
    }

    /** After a reconnect: joins every room again with {@code after}, then sends what was never acknowledged. */
    void rejoin() {
        List.copyOf(last.keySet()).forEach(this::join);
        sendUnacknowledged();
    }

    /** Sends a message with a new clientMessageId; its ack, or null when not connected or no ack came (it stays to be sent again). */
    JSONObject send(String room, String text) {
        String id = Payloads.newMessageId();
        unacknowledged.put(id, Payloads.message(room, text, id));
        return trySend(id);
    }

    /** Sends again every message not acknowledged yet, in the order they were written; their acks. */
    List<JSONObject> sendUnacknowledged() {
        List<JSONObject> acks = new ArrayList<>();
        for (String id : List.copyOf(unacknowledged.keySet())) {
            JSONObject ack = trySend(id);
            if (ack != null) {
                acks.add(ack);
            }
        }
        return acks;
    }

    /** Keeps a message to send with {@link #flush()}, as the page's outbox keeps what is written offline. */
    void write(String room, String text) {
        String id = Payloads.newMessageId();
        unacknowledged.put(id, Payloads.message(room, text, id));
    }

    /**
     * Sends what is not acknowledged yet, oldest first, one at a time, as the page's outbox does:
     * until all are acknowledged (0), the client is offline or an ack did not come (0: try again
     * later), or the rate limit refuses one (its {@code retryAfterMs}: send again no sooner). Any
     * other refusal fails the test: nothing this client writes is wrong.
     */
    long flush() {
        for (String id : List.copyOf(unacknowledged.keySet())) {
            if (!client.connected()) {
                return 0;
            }
            JSONObject ack = client.emitWithAck(RoomsTestClient.CHAT, unacknowledged.get(id), ACK_WAIT);
            if (ack == null) {
                return 0;
            }
            if (ack.optBoolean("ok")) {
                unacknowledged.remove(id);
            } else if (Refusal.RATE_LIMITED.equals(ack.optString("code"))) {
                return Math.max(1, ack.optLong("retryAfterMs"));
            } else {
                throw new AssertionError(client.nickname + "'s message " + unacknowledged.get(id) + " was refused: " + ack);
            }
        }
        return 0;
    }

    private JSONObject trySend(String id) {
        if (!client.connected()) { // the library would buffer it and send it before the rejoin: a refusal
            return null;
        }
        JSONObject ack = client.emitWithAck(RoomsTestClient.CHAT, unacknowledged.get(id), ACK_WAIT);
        if (ack != null && ack.optBoolean("ok")) {
            unacknowledged.remove(id);
        }
        return ack;
    }

    /** Shows the messages that arrived, until the room's last shown seq is at least {@code seq}; what the room shows. */
    List<JSONObject> awaitThrough(String room, long seq) {
        await.until(client.nickname + " to show #" + room + " up to seq " + seq + " (shown up to " + last.get(room) + ")", () -> {
            showArrived();
            return last.getOrDefault(room, 0L) >= seq;
        });
        return shown(room);
    }

    /** Shows every message that has arrived so far. */
    void showArrived() {
        JSONObject message;
        while ((message = client.queue(RoomsTestClient.CHAT).poll()) != null) {
            show(message);
        }
    }

    /** Exercise 4.7's rule: a message already shown is dropped; one after a gap first fills the gap. */
    private void show(JSONObject message) {
        String room = message.optString("room");
        long seq = message.optLong("seq");
        Long before = last.get(room);
        if (before == null || seq <= before) {
            duplicatesDropped++;
            return;
        }
        if (seq > before + 1) {
            fillGap(room);
            if (seq <= last.get(room)) {
                duplicatesDropped++;
                return;
            }
        }
        shown.get(room).add(message);
        last.put(room, seq);
    }

    /** Asks {@code history {room, after}} for what is missing, a page at a time. */
    private void fillGap(String room) {
        JSONObject page;
        do {
            page = acknowledged(RoomsTestClient.HISTORY, Payloads.object("room", room, "after", last.get(room)));
            if (!page.optBoolean("ok")) {
                throw new AssertionError(client.nickname + " asked for the history of #" + room + " after " + last.get(room)
                        + " and got " + page);
            }
            Payloads.objects(page.optJSONArray("messages")).forEach(this::show);
        } while (page.optBoolean("more"));
    }

    /** Emits until acknowledged: joins and history questions may be asked again. */
    private JSONObject acknowledged(String event, JSONObject request) {
        return await.value("the acknowledgement of '" + event + "' with " + request + " from " + client.nickname,
                () -> client.emitWithAck(event, request, ACK_WAIT),
                () -> client.connects() + " connects so far; " + client.heardSoFar());
    }

    List<JSONObject> shown(String room) {
        return List.copyOf(shown.getOrDefault(room, List.of()));
    }

    /** The texts shown in {@code room}, in order. */
    List<String> texts(String room) {
        return shown(room).stream().map(message -> message.optString("text")).toList();
    }

    /** The seqs shown in {@code room}, in order. */
    List<Long> seqs(String room) {
        return shown(room).stream().map(message -> message.optLong("seq")).toList();
    }

    int duplicatesDropped() {
        return duplicatesDropped;
    }

    int unacknowledgedCount() {
        return unacknowledged.size();
    }
}
