package dev.workbook.socketio;

import com.corundumstudio.socketio.SocketIOServer;
import io.netty.channel.EventLoopGroup;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a netty-socketio server in milliseconds instead of 2-4 seconds: {@code stop()} shuts its
 * two event loop groups down with a 2-second quiet period each, and no setting changes that.
 *
 * <p>It reaches the library's private fields; should a version rename them, it falls back to
 * the slow, documented {@code stop()}.
 */
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
