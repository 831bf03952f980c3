package dev.workbook.step06;

import dev.workbook.pages.StepSettings;
import dev.workbook.step04.ChatLimits;
import dev.workbook.step04.Step04Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How step 06 runs, from system properties with defaults: {@code workbook.host},
 * {@code step06.webPort}, {@code step06.socketPorts} (one port per node, comma-separated),
 * {@code step06.token}, {@value #REDIS_PROPERTY} (an existing Redis; none: the step starts its own)
 * and {@code step06.redisFolder}, where the Redis it starts keeps its data.
 *
 * @param host the address the page and the nodes listen on
 * @param webPort the page's port
 * @param socketPorts each node's Socket.IO port, 0 for any free one; as many nodes as ports
 * @param token a token every client must send in its handshake, or null for none
 * @param redis the Redis to use ({@code redis://host:port}), or null to start one
 * @param redisFolder where a Redis started here keeps its data
 * @param limits what one user may do
 * @param pingInterval how often each node pings (Engine.IO heartbeat)
 * @param pingTimeout how long a client may stay silent after a ping before it is dropped
 */
public record Step06Settings(String host, int webPort, List<Integer> socketPorts, String token, String redis, Path redisFolder,
                             ChatLimits limits, Duration pingInterval, Duration pingTimeout) implements StepSettings<Step06Settings> {

    public static final String REDIS_PROPERTY = "step06.redis";
    public static final int DEFAULT_WEB_PORT = 8060;
    public static final List<Integer> DEFAULT_SOCKET_PORTS = List.of(8061, 8062);
    public static final Path DEFAULT_REDIS_FOLDER = Path.of(System.getProperty("user.home"), ".realtime-workbook", "step06", "redis");

    public Step06Settings {
        socketPorts = List.copyOf(socketPorts);
    }

    /** The settings from system properties, with the defaults above. */
    public static Step06Settings fromSystemProperties() {
        String ports = System.getProperty("step06.socketPorts");
        String folder = System.getProperty("step06.redisFolder");
        return new Step06Settings(
                System.getProperty("workbook.host", Step04Settings.DEFAULT_HOST),
                Integer.getInteger("step06.webPort", DEFAULT_WEB_PORT),
                ports == null ? DEFAULT_SOCKET_PORTS : Arrays.stream(ports.split(",")).map(String::strip).map(Integer::valueOf).toList(),
                System.getProperty("step06.token"),
                System.getProperty(REDIS_PROPERTY),
                folder != null ? Path.of(folder) : DEFAULT_REDIS_FOLDER,
                ChatLimits.DEFAULT,
                Step04Settings.DEFAULT_PING_INTERVAL,
                Step04Settings.DEFAULT_PING_TIMEOUT);
    }

    /**
     * For tests: {@code nodes} nodes on free ports of 127.0.0.1, no token, step 04's limits and test
     * heartbeat, and a Redis of their own with its data in {@code folder}, or the one that
     * {@value #REDIS_PROPERTY} names (CI runs the tests against Debian's redis-server that way too).
     */
    public static Step06Settings forTests(int nodes, Path folder) {
        return new Step06Settings(Step04Settings.DEFAULT_HOST, 0, Collections.nCopies(nodes, 0), null, System.getProperty(REDIS_PROPERTY),
                folder, ChatLimits.DEFAULT, Step04Settings.TEST_PING_INTERVAL, Duration.ofSeconds(5));
    }

    /** The same settings with every port 0. */
    @Override
    public Step06Settings onFreePorts() {
        return new Step06Settings(host, 0, Collections.nCopies(socketPorts.size(), 0), token, redis, redisFolder, limits, pingInterval,
                pingTimeout);
    }

    public Step06Settings withLimits(ChatLimits newLimits) {
        return new Step06Settings(host, webPort, socketPorts, token, redis, redisFolder, newLimits, pingInterval, pingTimeout);
    }

    /** How many nodes run. */
    public int nodes() {
        return socketPorts.size();
    }

    /**
     * Step 04's settings for node {@code index} (from 0) serving a page on {@code pagePort}. Its
     * database setting is unused: the nodes keep their messages in Redis.
     */
    public Step04Settings node(int index, int pagePort) {
        return new Step04Settings(host, pagePort, socketPorts.get(index), token, redisFolder.resolve("unused-node-database"), limits,
                pingInterval, pingTimeout);
    }

    /** The node's name, as logs and the page show it: node 1, node 2... */
    public static String nodeName(int index) {
        return "node-" + (index + 1);
    }
}
