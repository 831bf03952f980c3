package dev.workbook.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.store.MemoryStoreFactory;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Canary of {@link PollingCloseGuard}: netty-socketio 2.0.14 still forgets a polling request that
 * is bound while the previous one's connection closes. The interleaving is forced, not hoped for:
 * the library compares the closing channel with the bound one by calling the closing channel's
 * {@code equals}, and this test's channel binds the next request right there, as another thread can.
 */
@Tag("support")
class PollingCloseGuardCanaryTest {

    @Test
    @DisplayName("The library forgets a polling request bound while the one before it closes: PollingCloseGuard")
    void forgetsARequestBoundWhileTheLastCloses() {
        ClientHead client = new ClientHead(UUID.randomUUID(), null, null, new MemoryStoreFactory(), handshake(),
                new ClientsBox(), Transport.POLLING, null, new Configuration(), Map.of());
        Channel next = channel(() -> { });
        AtomicBoolean boundMeanwhile = new AtomicBoolean();
        Channel closing = channel(() -> {
            if (boundMeanwhile.compareAndSet(false, true)) {
                client.bindChannel(next, Transport.POLLING);
            }
        });
        client.bindChannel(closing, Transport.POLLING);

        client.releasePollingChannel(closing);

        assertThat(boundMeanwhile)
                .withFailMessage("netty-socketio no longer compares the closing channel while it releases it, so this canary "
                        + "cannot force the race: read ClientHead.releasePollingChannel, and remove PollingCloseGuard if it is safe")
                .isTrue();
        assertThat(client.isTransportChannel(next, Transport.POLLING))
                .withFailMessage("netty-socketio now keeps a polling request bound while the one before it closes: "
                        + "remove this mend, PollingCloseGuard")
                .isFalse();
    }

    private static HandshakeData handshake() {
        return new HandshakeData(new DefaultHttpHeaders(), Map.of(), new InetSocketAddress("127.0.0.1", 1), "/socket.io/", false);
    }

    /** A channel that only answers what the library asks of it here, and runs {@code onCompare} when compared. */
    private static Channel channel(Runnable onCompare) {
        return (Channel) Proxy.newProxyInstance(Channel.class.getClassLoader(), new Class<?>[] {Channel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> {
                        onCompare.run();
                        yield proxy == args[0];
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "test channel " + System.identityHashCode(proxy);
                    case "isActive", "isOpen" -> true;
                    default -> null;
                });
    }
}
