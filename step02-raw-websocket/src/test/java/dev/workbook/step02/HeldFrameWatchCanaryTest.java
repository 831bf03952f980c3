package dev.workbook.step02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canary of {@link HeldFrameWatch}: Java-WebSocket 1.6.0, as it ships, still leaves a frame waiting
 * when it is sent just as the selector finishes writing a connection's queue. The interleaving is
 * forced: the connection's queue is swapped for one that sends the frame at the moment the
 * selector asks it whether it is empty, the last look before it stops watching for "writable".
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HeldFrameWatchCanaryTest {

    /** Loopback delivers a frame in well under a millisecond; a frame not there by then is held. */
    private static final Duration HELD = Duration.ofMillis(300);

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<WebSocket> opened = new CompletableFuture<>();
    private WebSocketServer server;

    @BeforeEach
    void start() throws Exception {
        server = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override public void onOpen(WebSocket connection, ClientHandshake handshake) { opened.complete(connection); }
            @Override public void onClose(WebSocket connection, int code, String reason, boolean remote) { }
            @Override public void onMessage(WebSocket connection, String message) { }
            @Override public void onMessage(WebSocket connection, ByteBuffer message) { }
            @Override public void onError(WebSocket connection, Exception ex) { }
            @Override public void onStart() { started.complete(null); }
        };
        server.setConnectionLostTimeout(0); // no heartbeat ping to carry the held frame out by chance
        server.setReuseAddr(true);
        server.start();
        started.get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop(1000);
    }

    @Test
    @DisplayName("The library holds a frame sent while its selector finishes a write, until the next frame: HeldFrameWatch")
    void holdsAFrameSentAsTheSelectorFinishesAWrite() throws Exception {
        try (RawChatSocket client = RawChatSocket.connect(server.getPort())) {
            WebSocketImpl connection = (WebSocketImpl) opened.get(5, TimeUnit.SECONDS);
            connection.send("first");
            String first = text(client.readFrame());
            AtomicBoolean raced = sendOnTheSelectorsLastLook(connection, "late");

            client.sendText("x");
            RawChatSocket.Frame held = client.readFrameWithin(HELD);
            connection.send("nudge");
            List<String> after = held == null ? List.of(text(client.readFrame()), text(client.readFrame())) : List.of();

            assertThat(first).as("the first frame").isEqualTo("first");
            assertThat(raced).as("the selector looked at the queue while it read the client's frame").isTrue();
            assertThat(held)
                    .withFailMessage("Java-WebSocket now sends a frame that came as its selector finished a write "
                            + "(it came within %d ms): remove this mend, HeldFrameWatch", HELD.toMillis())
                    .isNull();
            assertThat(after).as("the held frame goes out with the next one").containsExactly("late", "nudge");
        }
    }

    /**
     * Swaps the connection's queues so that {@code text} is sent at the moment the race needs: the
     * selector has read a frame from the client (and so taken the connection off its list of ready
     * ones), and, writing what was left, asks whether the outgoing queue is empty, its last look
     * before it stops watching the connection for "writable".
     */
    private static AtomicBoolean sendOnTheSelectorsLastLook(WebSocketImpl connection, String text) throws ReflectiveOperationException {
        AtomicBoolean read = new AtomicBoolean();
        AtomicBoolean raced = new AtomicBoolean();
        swap(connection, "inQueue", new LinkedBlockingQueue<ByteBuffer>() {
            @Override
            public void put(ByteBuffer frame) throws InterruptedException {
                read.set(true);
                super.put(frame);
            }
        });
        swap(connection, "outQueue", new LinkedBlockingQueue<ByteBuffer>() {
            @Override
            public boolean isEmpty() {
                if (read.get() && super.isEmpty() && raced.compareAndSet(false, true)) {
                    connection.send(text);
                }
                return super.isEmpty();
            }
        });
        return raced;
    }

    @SuppressWarnings("unchecked")
    private static void swap(WebSocketImpl connection, String name, LinkedBlockingQueue<ByteBuffer> queue)
            throws ReflectiveOperationException {
        Field field = WebSocketImpl.class.getDeclaredField(name);
        field.setAccessible(true);
        queue.addAll((Collection<ByteBuffer>) field.get(connection));
        field.set(connection, queue);
    }

    private static String text(RawChatSocket.Frame frame) {
        return new String(frame.payload(), StandardCharsets.UTF_8);
    }
}
