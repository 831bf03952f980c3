package dev.workbook.step04;

import dev.workbook.pages.StepSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How step 04 runs, from system properties with defaults: {@code workbook.host},
 * {@code step04.webPort}, {@code step04.socketPort}, {@code step04.token} (none by default) and
 * {@code step04.database}, the file that keeps the messages (H2 adds {@code .mv.db}), and
 * {@code step04.pingInterval} / {@code step04.pingTimeout} in milliseconds.
 *
 * @param host the address both servers listen on; 0.0.0.0 lets a classroom in
 * @param webPort the page's port
 * @param socketPort the Socket.IO server's port, or 0 for any free one
 * @param token a token every client must send in its handshake, or null for none
 * @param database where the messages are kept, without H2's {@code .mv.db}
 * @param limits what one user may do
 * @param pingInterval how often the server pings (Engine.IO heartbeat)
 * @param pingTimeout how long a client may stay silent after a ping before it is dropped
 */
public record Step04Settings(String host, int webPort, int socketPort, String token, Path database, ChatLimits limits,
                             Duration pingInterval, Duration pingTimeout) implements StepSettings<Step04Settings> {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_WEB_PORT = 8040;
    public static final int DEFAULT_SOCKET_PORT = 8041;
    /**
     * Shorter than Socket.IO's 25 s: a client moving from long polling to WebSocket can wait for
     * the next ping before its upgrade completes, holding its messages back (see the lesson).
     */
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_PING_TIMEOUT = Duration.ofSeconds(10);
    /** How often the test servers ping: what a client's upgrade can wait for (see {@link #forTests}). */
    public static final Duration TEST_PING_INTERVAL = Duration.ofMillis(250);
    public static final Path DEFAULT_DATABASE = Path.of(System.getProperty("user.home"), ".realtime-workbook", "step04", "chat");

    /** The settings from system properties, with the defaults above. */
    public static Step04Settings fromSystemProperties() {
        String database = System.getProperty("step04.database");
        return new Step04Settings(
                System.getProperty("workbook.host", DEFAULT_HOST),
                Integer.getInteger("step04.webPort", DEFAULT_WEB_PORT),
                Integer.getInteger("step04.socketPort", DEFAULT_SOCKET_PORT),
                System.getProperty("step04.token"),
                database != null ? Path.of(database) : DEFAULT_DATABASE,
                ChatLimits.DEFAULT,
                Duration.ofMillis(Long.getLong("step04.pingInterval", DEFAULT_PING_INTERVAL.toMillis())),
                Duration.ofMillis(Long.getLong("step04.pingTimeout", DEFAULT_PING_TIMEOUT.toMillis())));
    }

    /**
     * For tests: on 127.0.0.1, both servers on free ports, no token, the default limits, the messages
     * kept in {@code database}, and a ping every 250 ms. netty-socketio answers a client's upgrade
     * probe with a single NOOP on long polling; when that overtakes the probe's answer, the client's
     * upgrade, and every emit it holds meanwhile, waits for the server's next packet on long polling:
     * its next ping. Measured: with a 25 s heartbeat, 1 connection in 150 waited more than 3 s; with
     * 1 s, a connection took 140 ms on average and up to 1 s.
     */
    public static Step04Settings forTests(Path database) {
        return new Step04Settings(DEFAULT_HOST, 0, 0, null, database, ChatLimits.DEFAULT, TEST_PING_INTERVAL, Duration.ofSeconds(5));
    }

    /** The same settings on free ports, and the same database: a caller that wants a scratch one says {@link #withDatabase}. */
    @Override
    public Step04Settings onFreePorts() {
        return withWebPort(0).withSocketPort(0);
    }

    public Step04Settings withToken(String newToken) {
        return new Step04Settings(host, webPort, socketPort, newToken, database, limits, pingInterval, pingTimeout);
    }

    public Step04Settings withLimits(ChatLimits newLimits) {
        return new Step04Settings(host, webPort, socketPort, token, database, newLimits, pingInterval, pingTimeout);
    }

    public Step04Settings withSocketPort(int newPort) {
        return new Step04Settings(host, webPort, newPort, token, database, limits, pingInterval, pingTimeout);
    }

    public Step04Settings withWebPort(int newPort) {
        return new Step04Settings(host, newPort, socketPort, token, database, limits, pingInterval, pingTimeout);
    }

    public Step04Settings withDatabase(Path newDatabase) {
        return new Step04Settings(host, webPort, socketPort, token, newDatabase, limits, pingInterval, pingTimeout);
    }

    public Step04Settings withHeartbeat(Duration interval, Duration timeout) {
        return new Step04Settings(host, webPort, socketPort, token, database, limits, interval, timeout);
    }
}
