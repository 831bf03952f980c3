package dev.workbook.step06;

import com.corundumstudio.socketio.store.MemoryStore;
import com.corundumstudio.socketio.store.RedissonStoreFactory;
import com.corundumstudio.socketio.store.Store;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;

/**
 * netty-socketio's Redis adapter, for broadcasts only: a room's event sent on one node reaches the
 * room's members on every node through Redis pub/sub. A connection's own data stays on its node,
 * in memory, where the library would keep it in Redis: a connection lives on one node (sticky
 * sessions), and a Redis round trip on every event would cost each one a millisecond or more.
 */
final class NodeStoreFactory extends RedissonStoreFactory {

    private final RedissonClient redis;

    NodeStoreFactory(RedissonClient redis) {
        super(redis);
        this.redis = redis;
    }

    @Override
    public Store createStore(UUID sessionId) {
        return new MemoryStore();
    }

    /** netty-socketio calls this when its server stops: closes the node's Redis client at once, not after Redisson's 2 s quiet period. */
    @Override
    public void shutdown() {
        redis.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
