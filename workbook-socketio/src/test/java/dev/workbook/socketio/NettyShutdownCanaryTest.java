package dev.workbook.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.testkit.NoThreadsLeftBehind;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canary of {@link NettyShutdown}: netty-socketio 2.0.14's {@code stop()} still shuts its event
 * loops down with Netty's default quiet period of 2 seconds, and its loops are still in the fields
 * the mend reaches. The test watches the calls instead of timing them, and lets them go quickly.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
class NettyShutdownCanaryTest {

    private static final List<String> GROUPS = List.of("bossGroup", "workerGroup");

    @Test
    @DisplayName("The library stops each event loop group with a 2-second quiet period: NettyShutdown")
    void stopsWithTheDefaultQuietPeriod() throws IOException, ReflectiveOperationException {
        ProtocolTestServer started = ProtocolTestServer.plain();
        List<String> shutdowns = new CopyOnWriteArrayList<>();
        for (String group : GROUPS) {
            watch(started.server(), group, shutdowns);
        }

        started.server().stop();

        assertThat(shutdowns)
                .withFailMessage("netty-socketio's stop() now calls %s on its event loop groups, not the default "
                        + "shutdownGracefully() with its 2 s quiet period: remove this mend, NettyShutdown", shutdowns)
                .containsExactly("shutdownGracefully()", "shutdownGracefully()");
    }

    /** Puts a recording stand-in in the field, which shuts the real group down without a quiet period. */
    private static void watch(SocketIOServer server, String name, List<String> shutdowns) throws ReflectiveOperationException {
        Field field;
        try {
            field = SocketIOServer.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError("netty-socketio's SocketIOServer has no field " + name + " any more: NettyShutdown "
                    + "now falls back to the slow stop(); mend it or remove it", e);
        }
        field.setAccessible(true);
        EventLoopGroup real = (EventLoopGroup) field.get(server);
        field.set(server, Proxy.newProxyInstance(EventLoopGroup.class.getClassLoader(), new Class<?>[] {EventLoopGroup.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("shutdownGracefully")) {
                        shutdowns.add(method.getName() + (args == null ? "()" : List.of(args).toString()));
                        return real.shutdownGracefully(0, 1, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
