package dev.workbook.step06;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Redis the nodes share: the one the settings name, or a real redis-server started here for the step. */
public final class SharedRedis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedRedis.class);

    private final String address;
    private final EmbeddedRedis started;

    private SharedRedis(String address, EmbeddedRedis started) {
        this.address = address;
        this.started = started;
    }

    /** The Redis {@code settings} name, or one started on a free port with its data in the settings' folder. */
    public static SharedRedis of(Step06Settings settings) throws IOException {
        if (settings.redis() != null) {
            return new SharedRedis(settings.redis(), null);
        }
        EmbeddedRedis redis = EmbeddedRedis.start(settings.redisFolder(), 0);
        LOG.info("started Redis at {}, its data in {} (-D{}=redis://host:port uses another)", redis.address(),
                settings.redisFolder().toAbsolutePath(), Step06Settings.REDIS_PROPERTY);
        return new SharedRedis(redis.address(), redis);
    }

    /** The Redis started here, started again on the same port with the same data, as after a crash. */
    SharedRedis restarted() throws IOException {
        return new SharedRedis(address, EmbeddedRedis.start(started.folder(), started.port()));
    }

    /** Where the nodes reach it: {@code redis://host:port}. */
    public String address() {
        return address;
    }

    /** The Redis started here, if one was: a test stops and restarts it to play a Redis that goes away. */
    public EmbeddedRedis started() {
        return started;
    }

    /** Stops the Redis started here; one the settings named keeps running. */
    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
