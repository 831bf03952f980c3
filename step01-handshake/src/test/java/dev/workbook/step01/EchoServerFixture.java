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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A hand-written echo server on a free port, with its errors watched: started at once, or, as a
 * {@code @RegisterExtension} field, once per test class (errors forgotten before each test).
 */
final class EchoServerFixture implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** Small, so that the size limit is cheap to test. */
    static final long MAX_MESSAGE_BYTES = 128 * 1024;

    final ServerErrors errors = new ServerErrors();
    private final ServerSettings settings;
    private final MessageHandler handler;
    private HandwrittenWebSocketServer server;

    private EchoServerFixture(ServerSettings settings, MessageHandler handler) {
        this.settings = settings;
        this.handler = handler;
    }

    /** An echo server for a whole test class, started before its first test and stopped after its last. */
    static EchoServerFixture perClass(ServerSettings settings) {
        return new EchoServerFixture(settings, MessageHandler.ECHO);
    }

    static EchoServerFixture start() throws IOException {
        return start(settings(), MessageHandler.ECHO);
    }

    static EchoServerFixture start(ServerSettings settings, MessageHandler handler) throws IOException {
        EchoServerFixture fixture = new EchoServerFixture(settings, handler);
        fixture.beforeAll(null);
        return fixture;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = new HandwrittenWebSocketServer(settings, handler, ServerListener.errorsTo(errors)).start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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
                    .connectTimeout(Await.CONNECT_TIMEOUT)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port() + "/"), listener)
                    .orTimeout(Await.CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
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
