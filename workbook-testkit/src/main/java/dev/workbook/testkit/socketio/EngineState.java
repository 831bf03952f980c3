package dev.workbook.testkit.socketio;

import io.socket.client.Manager;
import io.socket.client.Socket;
import io.socket.engineio.client.Transport;
import io.socket.thread.EventThread;
import java.lang.reflect.Field;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Engine.IO connection under a socket.io-client-java socket, which the client keeps to itself:
 * which transport it is on once an upgrade is over, and a way to break it as a network would.
 * Read and changed on the client's own event thread, where that state changes.
 */
final class EngineState {

    private static final Field ENGINE = field(Manager.class, "engine");
    private static final Field TRANSPORT = field(io.socket.engineio.client.Socket.class, "transport");
    private static final Field UPGRADING = field(io.socket.engineio.client.Socket.class, "upgrading");

    private final Socket socket;

    EngineState(Socket socket) {
        this.socket = socket;
    }

    /** The transport in use ("polling" or "websocket"), or null while there is none or an upgrade is under way. */
    String settledTransport() {
        return onEventThread(engine -> {
            Transport current = engine == null ? null : (Transport) TRANSPORT.get(engine);
            return current == null || UPGRADING.getBoolean(engine) ? null : current.name;
        });
    }

    /** Closes the Engine.IO connection: the server sees the transport close, the client reconnects by itself. */
    void close() {
        onEventThread(engine -> {
            if (engine != null) {
                engine.close();
            }
            return "closed";
        });
    }

    private <T> T onEventThread(Step<T> step) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        EventThread.exec(() -> {
            try {
                answer.complete(step.apply((io.socket.engineio.client.Socket) ENGINE.get(socket.io())));
            } catch (ReflectiveOperationException | RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching the client's Engine.IO socket", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not reach the client's Engine.IO socket", e);
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

    /** Something done with the Engine.IO socket, which may be null. */
    private interface Step<T> {
        T apply(io.socket.engineio.client.Socket engine) throws ReflectiveOperationException;
    }
}
