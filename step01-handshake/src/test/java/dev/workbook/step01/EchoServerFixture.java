package dev.workbook.step01;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** A hand-written echo server on a free port for one test class, with its errors watched. */
final class EchoServerFixture implements AutoCloseable {

    /** Small, so that the size limit is cheap to test. */
    static final long MAX_MESSAGE_BYTES = 128 * 1024;

    final ServerErrors errors = new ServerErrors();
    final HandwrittenWebSocketServer server;

    private EchoServerFixture(ServerSettings settings, MessageHandler handler) throws IOException {
        server = new HandwrittenWebSocketServer(settings, handler, ServerListener.errorsTo(errors)).start();
    }

    static EchoServerFixture start() throws IOException {
        return start(settings(), MessageHandler.ECHO);
    }

    static EchoServerFixture start(ServerSettings settings, MessageHandler handler) throws IOException {
        return new EchoServerFixture(settings, handler);
    }

    static ServerSettings settings() {
        return ServerSettings.onPort(0).withMaxMessageBytes(MAX_MESSAGE_BYTES).withHandshakeTimeout(Duration.ofSeconds(2));
    }

    int port() {
        return server.port();
    }

    /** Waits that stop at once when the server reports an exception. */
    Await await() {
        return Await.watching(errors);
    }

    /** Connects the JDK's own WebSocket client; fails fast with the server's error if the handshake broke. */
    WebSocket connectJdkClient(RecordingListener listener) {
        try {
            return HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port() + "/"), listener)
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join();
        } catch (CompletionException failed) {
            errors.rethrowFirst();
            throw new AssertionError("The JDK's WebSocket client could not connect: " + failed.getCause(), failed.getCause());
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
