package dev.workbook.step04;

import dev.workbook.testkit.Await;
import java.util.ArrayList;
import java.util.List;

/**
 * One member of the delivery torture test: a client on its transports, the page's way of
 * delivering ({@link Delivery}), what it wrote, and when it may send again after a rate limit.
 */
final class TortureMember implements AutoCloseable {

    final RoomsTestClient client;
    final Delivery delivery;
    /** Every text it wrote, in the order written; each is unique in the whole run. */
    final List<String> written = new ArrayList<>();
    private final String room;
    /** Offline by choice (a disconnect), as with the page's "Go offline": it comes back when told. */
    private boolean away;
    /** The connect it last joined on: another one means it reconnected by itself and joins again. */
    private int joinedOnConnect;
    /** The rate limit said to wait until then (System.nanoTime()). */
    private long notBefore;

    TortureMember(RoomsTestClient client, String room, Await await) {
        this.client = client;
        this.room = room;
        this.delivery = new Delivery(client, await);
    }

    void joinFirst() {
        Acks.assertOk(delivery.join(room), Step04Exercises.JOIN, "the ack of " + client.nickname + "'s join");
        joinedOnConnect = client.connects();
    }

    /** Writes {@code count} messages at once, sent now if it can, kept if not. */
    void writeBurst(int count) {
        for (int i = 0; i < count; i++) {
            String text = client.nickname + " #" + (written.size() + 1);
            written.add(text);
            delivery.write(room, text);
        }
        sendIfItCan();
    }

    /** Goes offline, and returns once it is: by choice (it stays away until {@link #comeBack()}) or as a network break (it reconnects by itself). */
    void goOffline(boolean byChoice) {
        if (!client.connected()) {
            return;
        }
        if (byChoice) {
            away = true;
            client.disconnect();
        } else {
            client.dropTransport();
        }
    }

    void comeBack() {
        if (away) {
            away = false;
            client.socket().connect();
        }
    }

    boolean away() {
        return away;
    }

    /**
     * What the page does on every turn: back on a new connection, it joins again with
     * {@code after} first; then it sends what waits, unless the rate limit's wait is not over.
     */
    void sendIfItCan() {
        if (!client.connected() || System.nanoTime() - notBefore < 0) {
            return;
        }
        if (client.connects() != joinedOnConnect) {
            client.awaitReady();
            joinedOnConnect = client.connects();
            delivery.join(room);
        }
        long waitMillis = delivery.flush();
        if (waitMillis > 0) {
            notBefore = System.nanoTime() + waitMillis * 1_000_000;
        }
    }

    boolean allAcknowledged() {
        return delivery.unacknowledgedCount() == 0;
    }

    @Override
    public void close() {
        client.close();
    }
}
