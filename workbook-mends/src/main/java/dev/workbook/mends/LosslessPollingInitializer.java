package dev.workbook.mends;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.scheduler.CancelableScheduler;
import io.netty.channel.ChannelPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * netty-socketio's channel set-up, mended for long polling: an encoder that loses no packet in a
 * burst ({@link LosslessPacketEncoder}), and a guard that keeps a client's waiting request from
 * being forgotten ({@link PollingCloseGuard}); and for the protocols' rules ({@link ProtocolMends}).
 */
public final class LosslessPollingInitializer extends SocketIOChannelInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(LosslessPollingInitializer.class);

    private static final PollingCloseGuard CLOSE_GUARD = new PollingCloseGuard();

    private EncoderHandler encoder;
    private ProtocolMends protocolMends;

    /**
     * Puts a new one in {@code server}, not started. The server built a default one of its own,
     * whose timer is stopped here: else Netty reports it as a leak once it is collected.
     */
    public static void installIn(SocketIOServer server) {
        try {
            Field factory = SocketIOServer.class.getDeclaredField("pipelineFactory");
            factory.setAccessible(true);
            Field scheduler = SocketIOChannelInitializer.class.getDeclaredField("scheduler");
            scheduler.setAccessible(true);
            ((CancelableScheduler) scheduler.get(factory.get(server))).shutdown();
        } catch (ReflectiveOperationException | RuntimeException e) { // a renamed field costs a log line, nothing more
            LOG.debug("could not stop netty-socketio's unused default timer: {}", e.toString());
        }
        server.setPipelineFactory(new LosslessPollingInitializer());
    }

    @Override
    public void start(Configuration configuration, NamespacesHub namespacesHub) {
        super.start(configuration, namespacesHub);
        try {
            encoder = new EncoderHandler(configuration, new BroadcastOnceEncoder(
                    new LosslessPacketEncoder(configuration, configuration.getJsonSupport()), configuration));
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up netty-socketio's encoder", e);
        }
        protocolMends = new ProtocolMends(this, configuration, namespacesHub);
    }

    @Override
    protected void addSocketioHandlers(ChannelPipeline pipeline) {
        super.addSocketioHandlers(pipeline);
        pipeline.replace(SOCKETIO_ENCODER, SOCKETIO_ENCODER, encoder);
        pipeline.addBefore(XHR_POLLING_TRANSPORT, PollingCloseGuard.NAME, CLOSE_GUARD);
        protocolMends.addTo(pipeline);
    }
}
