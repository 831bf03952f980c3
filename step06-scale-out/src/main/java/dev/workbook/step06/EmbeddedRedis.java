package dev.workbook.step06;

import dev.workbook.socketio.FreePortStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A real redis-server, the one embedded-redis packs in its jar for this system, started on a free
 * port of 127.0.0.1 with its data (an append-only file, written before each answer) in a folder of
 * ours, so that a crash and a restart lose nothing it acknowledged.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private final RedisServer server;
    private final Path folder;
    private final int port;

    private EmbeddedRedis(RedisServer server, Path folder, int port) {
        this.server = server;
        this.folder = folder;
        this.port = port;
    }

    /** Starts one on {@code port} (0: a free one), keeping its data in {@code folder}. */
    public static EmbeddedRedis start(Path folder, int port) throws IOException {
        Path data = Files.createDirectories(folder.toAbsolutePath());
        int chosen = port != 0 ? port : FreePortStart.freePort("127.0.0.1");
        RedisServer server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(chosen)
                .setting("dir " + data)
                .setting("appendonly yes") // every write in a log on disk, replayed when it starts again
                // On disk before the answer: Redis's default, "everysec", answers first and can lose
                // the last second or two of writes to a crash, messages the chat said were stored.
                .setting("appendfsync always")
                .setting("save \"\"")
                .onShutdownForceStop(true)
                .build();
        server.start();
        return new EmbeddedRedis(server, data, chosen);
    }

    /** Where to reach it, as Redisson writes it. */
    public String address() {
        return "redis://127.0.0.1:" + port;
    }

    /** Where it keeps its data. */
    public Path folder() {
        return folder;
    }

    public int port() {
        return port;
    }

    /** Stops the process; its data stays in its folder. */
    @Override
    public void close() throws IOException {
        server.stop();
    }
}
