package dev.workbook.mends;

import com.corundumstudio.socketio.SocketIOServer;
import io.netty.channel.EventLoopGroup;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a netty-socketio 2.0.14 server in milliseconds, where its {@code stop()} waits a 2-second
 * quiet period per event loop group; if a version renames the private fields it reaches, it falls
 * back to {@code stop()} (see docs/library-notes.md, "A stop that takes seconds").
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettyShutdownCanaryTest#stopsWithTheDefaultQuietPeriod",
        notes = "a-stop-that-takes-seconds")
public final class NettyShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(NettyShutdown.class);

    private NettyShutdown() {
    }

    public static void quickly(SocketIOServer server) {
        try {
            for (String group : new String[] {"bossGroup", "workerGroup"}) { // stop accepting first, then the connections
                Field field = SocketIOServer.class.getDeclaredField(group);
                field.setAccessible(true);
                EventLoopGroup loops = (EventLoopGroup) field.get(server);
                if (loops != null) {
                    loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("quick shutdown unavailable ({}); stopping the slow way", e.toString());
        }
        server.stop();
    }
}
