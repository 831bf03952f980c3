package dev.workbook.step06;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import dev.workbook.socketio.FreePortStart;
import dev.workbook.socketio.PageAndChat;
import dev.workbook.socketio.WorkbookServerConfig;
import dev.workbook.step04.ChatBackend;
import dev.workbook.step04.ChatRoomsEvents;
import dev.workbook.step04.ChatRoomsServer;
import dev.workbook.step04.RoomLocks;
import dev.workbook.step04.Step04Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of the chat: step 04's chat on its own netty-socketio server, its messages kept in the
 * Redis all nodes share, and what other nodes store delivered to its members too.
 */
public final class ChatNode implements PageAndChat.ChatServer {

    private static final Logger LOG = LoggerFactory.getLogger(ChatNode.class);

    private final String name;
    private final SocketIOServer server;
    private final RedissonClient redis;
    private final NodeRooms rooms;
    private final NodeLease lease;
    private final int port;
    private FeedReader feed;

    private ChatNode(String name, Step04Settings settings, int port, RedissonClient redis, Consumer<Throwable> errors) {
        this.name = name;
        this.redis = redis;
        this.port = port;
        Configuration config = WorkbookServerConfig.of(settings.host(), port, settings.webPort(), settings.pingInterval(),
                settings.pingTimeout());
        this.server = WorkbookServerConfig.newServer(sharedThroughRedis(config, redis));
        SocketIONamespace chat = server.addNamespace(ChatRoomsServer.NAMESPACE);
        RoomLocks locks = new RoomLocks();
        RoomStreams streams = new RoomStreams(redis);
        this.rooms = new NodeRooms(chat, streams, locks);
        this.lease = new NodeLease(name, redis);
        NodeScripts scripts = new NodeScripts(redis, lease);
        ChatBackend shared = new ChatBackend(new SharedHistory(streams, rooms), locks, rooms, new SharedNicknames(scripts),
                new SharedPresence(scripts), new SharedRateLimits(scripts, settings.limits()), NodeConnections.of(chat), RedisOutage::is);
        new ChatRoomsEvents(chat, shared, settings, Clock.systemUTC(), errors).register();
    }

    /** The configuration, with rooms that span the nodes: a broadcast to a room reaches its members on every node. */
    static Configuration sharedThroughRedis(Configuration config, RedissonClient redis) {
        // BEGIN EXERCISE 6.1: Give the configuration a store factory that shares broadcasts through Redis (NodeStoreFactory).
        config.setStoreFactory(new NodeStoreFactory(redis));
        return config;
        // END EXERCISE 6.1
    }

    /**
     * Starts node {@code name} on the settings' socket port (0: a free one), connected to the Redis
     * at {@code redisAddress}.
     */
    public static ChatNode start(String name, Step04Settings settings, String redisAddress, Consumer<Throwable> errors)
            throws IOException {
        try {
            ChatNode node = FreePortStart.start(settings.host(), settings.socketPort(),
                    port -> build(name, settings, port, redisAddress, errors), started -> started.server);
            node.lease.take(); // as soon as the server is up, before anyone is told where it is: claims without it count for nothing
            node.feed = FeedReader.start(name, node.redis, node.rooms);
            LOG.info("{}: Socket.IO chat listening on http://{}:{}{}, sharing Redis at {}", name, settings.host(), node.port,
                    ChatRoomsServer.NAMESPACE, redisAddress);
            return node;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A node on {@code port}, not started, with a Redis client of its own, which a failed build closes again. */
    private static ChatNode build(String name, Step04Settings settings, int port, String redisAddress, Consumer<Throwable> errors) {
        RedissonClient redis = connect(name, redisAddress);
        try {
            return new ChatNode(name, settings, port, redis, errors);
        } catch (RuntimeException e) {
            redis.shutdown(0, 2, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static RedissonClient connect(String name, String redisAddress) {
        try {
            return RedisLink.connect(name, redisAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its name, as the logs and the page show it. */
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    /** Stops at once, as a node that dies would: its clients start reconnecting, to another node if they know one. */
    @Override
    public void close() {
        lease.close(); // not given back: it lapses, as a dead node's does, and the other nodes let its users go
        if (feed != null) {
            feed.close();
        }
        NettyShutdown.quickly(server); // stops its Redis client too (NodeStoreFactory)
    }
}
