package dev.workbook.testkit;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server under test, with its errors watched. As a static {@code @RegisterExtension} field it
 * starts before the class's first test and stops after its last, its errors forgotten before each
 * test; {@link #started} starts one at once, for a test's own try-with-resources. A step's
 * fixture says how its server starts and stops, and what its tests ask of it.
 */
public abstract class ServerFixture implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** What the server reported; every {@link #await()} stops at once on one. */
    public final ServerErrors errors = new ServerErrors();

    /** Starts the server, reporting to {@link #errors}. */
    protected abstract void startServer() throws IOException;

    /** Stops the server and frees what it held; nothing when it never started. */
    protected abstract void stopServer();

    /** {@code fixture}, started; closed again, and the failure passed on, if it could not start. */
    protected static <F extends ServerFixture> F started(F fixture) throws IOException {
        try {
            fixture.startServer();
            return fixture;
        } catch (IOException | RuntimeException failed) {
            fixture.close();
            throw failed;
        }
    }

    @Override
    public final void beforeAll(ExtensionContext context) throws IOException {
        startServer();
    }

    @Override
    public final void beforeEach(ExtensionContext context) {
        errors.clear();
        beforeEachTest();
    }

    /** What else the fixture does before each test, once the errors are forgotten: nothing, unless a fixture says. */
    protected void beforeEachTest() {
    }

    /** JUnit runs this even when {@link #beforeAll} failed. */
    @Override
    public final void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public final void close() {
        stopServer();
    }

    /** Waits that stop at once when the server reports an exception. */
    public Await await() {
        return Await.watching(errors);
    }
}
