package dev.workbook.step06;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.ScratchFolder;
import dev.workbook.testkit.ServerFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Step 06 for tests: a Redis of its own (or the one {@code -Dstep06.redis} names) and chat nodes on
 * free ports, their errors watched; once per test class as a static {@code @RegisterExtension}
 * field. A test can stop a node, as a node that dies.
 */
final class NodesFixture extends ServerFixture {

    /** What a node waits for Redis before it refuses (RedisLink's 2 s, and a retry), with room to spare. */
    static final Duration REDIS_TIMEOUTS = Duration.ofSeconds(10);

    private final int count;
    private final UnaryOperator<Step06Settings> settings;
    private Path folder;
    private SharedRedis redis;
    private RedissonClient inspector;
    private final List<ChatNode> nodes = new ArrayList<>();
    private Exception startFailure;

    private NodesFixture(int count, UnaryOperator<Step06Settings> settings) {
        this.count = count;
        this.settings = settings;
    }

    /** {@code count} nodes for a whole test class, on {@link Step06Settings#forTests}. */
    static NodesFixture perClass(int count) {
        return perClass(count, UnaryOperator.identity());
    }

    /** The same, on the test settings as {@code settings} changes them. */
    static NodesFixture perClass(int count, UnaryOperator<Step06Settings> settings) {
        return new NodesFixture(count, settings);
    }

    /** {@code count} nodes of the test's own, started at once, for a test that stops one. */
    static NodesFixture start(int count) throws IOException {
        return started(new NodesFixture(count, UnaryOperator.identity()));
    }

    /**
     * Starts Redis and the nodes. A node that cannot start (exercise 6.1 not written yet, say) fails
     * the test that uses it, with its reason, rather than every test of the class at once.
     */
    @Override
    protected void startServer() throws IOException {
        try {
            startAll();
        } catch (IOException | RuntimeException failed) {
            startFailure = failed;
            stopServer();
        }
    }

    private void startAll() throws IOException {
        folder = ScratchFolder.create("workbook-step06-test-");
        Step06Settings chosen = settings.apply(Step06Settings.forTests(count, folder.resolve("redis")));
        redis = SharedRedis.of(chosen);
        for (int i = 0; i < count; i++) {
            nodes.add(ChatNode.start(Step06Settings.nodeName(i), chosen.node(i, 0), redis.address(), errors));
        }
        inspector = RedisLink.connect("test", redis.address());
    }

    /**
     * Waits until the last test's pages are signed out: a page's disconnect reaches its node a
     * moment after the page closed, and the next test may sign in under the same nickname.
     */
    @Override
    protected void beforeEachTest() {
        if (inspector == null) {
            return; // not started: the test fails on its own, with the reason
        }
        RMap<String, String> nicknames = inspector.getMap(SharedNicknames.KEY, StringCodec.INSTANCE);
        await().atMost(Await.CONNECT_TIMEOUT).until("the pages of the tests before to be signed out", nicknames::isEmpty,
                nicknames::readAllMap);
    }

    @Override
    protected void stopServer() {
        nodes.forEach(ChatNode::close);
        nodes.clear();
        if (inspector != null) {
            inspector.shutdown();
            inspector = null;
        }
        try {
            if (redis != null) {
                redis.close();
                redis = null;
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not stop the tests' Redis", e);
        } finally {
            ScratchFolder.delete(folder);
            folder = null;
        }
    }

    /** Stops node {@code index} at once, as a node that dies: its connections drop. */
    void stop(int index) {
        node(index).close();
    }

    /** Skips a test that stops Redis when the run uses a Redis it did not start, and cannot stop. */
    static void assumeItsOwnRedis() {
        assumeTrue(System.getProperty(Step06Settings.REDIS_PROPERTY) == null,
                "this run uses a Redis it did not start (-D" + Step06Settings.REDIS_PROPERTY + "), and cannot stop it");
    }

    /** Stops the Redis the nodes share and starts it again on its port with its data: fails when the tests run on a Redis they did not start. */
    void restartRedis(Runnable whileDown) throws IOException {
        EmbeddedRedis started = redis.started();
        if (started == null) {
            throw new IllegalStateException("the tests run on the Redis -D" + Step06Settings.REDIS_PROPERTY + " names: they cannot stop it");
        }
        started.close();
        whileDown.run();
        redis = redis.restarted();
    }

    /** The Socket.IO port of node {@code index} (from 0). */
    int port(int index) {
        return nodes.get(index).port();
    }

    /** A new page's client on node {@code index} (from 0), connected. */
    NodeClient connect(int index, String nickname) {
        ChatNode node = node(index);
        return NodeClient.connect(node.name(), node.port(), nickname, await());
    }

    /** A new page's client on node {@code index} that does not wait to connect: for a handshake the node may refuse. */
    NodeClient connecting(int index, String nickname) {
        ChatNode node = node(index);
        return NodeClient.connecting(node.name(), node.port(), nickname, await());
    }

    /** The same page as {@code earlier} (its clientId), now on node {@code index}. */
    NodeClient reconnect(NodeClient earlier, int index) {
        ChatNode node = node(index);
        return NodeClient.connect(node.name(), node.port(), earlier.nickname, earlier.clientId, await());
    }

    /** A Redis client of the test's own, to look at or write to what the nodes share. */
    RedissonClient redis() {
        requireStarted();
        return inspector;
    }

    private ChatNode node(int index) {
        requireStarted();
        return nodes.get(index);
    }

    private void requireStarted() {
        if (startFailure instanceof RuntimeException unchecked) {
            throw unchecked; // a stub's own exception, with its sentence
        }
        if (startFailure != null) {
            throw new IllegalStateException("the test's Redis and nodes could not start: " + startFailure.getMessage(), startFailure);
        }
    }
}
