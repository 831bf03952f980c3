package dev.workbook.testkit.socketio;

import io.socket.client.Ack;
import io.socket.client.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;

/** A test client's emits that ask for an acknowledgement, each waited for a bounded time or handed over in a queue. */
final class AckedEmits {

    private final Socket socket;
    private final ClientWaits waits;

    AckedEmits(Socket socket, ClientWaits waits) {
        this.socket = socket;
        this.waits = waits;
    }

    /** Emits and waits for the acknowledgement, failing the test if none comes in an event's time. */
    JSONObject emitWithAck(String event, Object payload) {
        return waits.next("the acknowledgement of '" + event + "' with " + payload + " from " + waits.label, emitAsync(event, payload));
    }

    /** Emits; the acknowledgement, or null if none came within {@code wait}. */
    JSONObject emitWithAck(String event, Object payload, Duration wait) {
        try {
            return emitAsync(event, payload).poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an acknowledgement", e);
        }
    }

    /** Emits and returns at once; the acknowledgement lands in the queue returned. */
    BlockingQueue<JSONObject> emitAsync(String event, Object payload) {
        BlockingQueue<JSONObject> acks = new LinkedBlockingQueue<>();
        socket.emit(event, new Object[] {payload}, (Ack) args -> acks.add(args.length > 0 && args[0] instanceof JSONObject json
                ? json : SocketIoTestClient.object("ack-arguments", args.length)));
        return acks;
    }
}
