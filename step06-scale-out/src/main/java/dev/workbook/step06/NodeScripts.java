package dev.workbook.step06;

import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/** The Lua scripts one node runs on the shared Redis, and the node's id that the entries they write carry. */
final class NodeScripts {

    private final RScript scripts;
    private final String node;

    NodeScripts(RedissonClient redis, NodeLease lease) {
        this.scripts = redis.getScript(StringCodec.INSTANCE);
        this.node = lease.node();
    }

    /** Runs {@code script} alone on Redis, on {@code keys} and {@code args}, all strings; its answer as {@code type} says. */
    <R> R run(String script, RScript.ReturnType type, List<Object> keys, Object... args) {
        return scripts.eval(RScript.Mode.READ_WRITE, script, type, keys, args);
    }

    /** The node's id, as its entries name it. */
    String node() {
        return node;
    }
}
