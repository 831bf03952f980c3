package dev.workbook.socketio;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import io.netty.channel.ChannelPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * netty-socketio's channel set-up, mended for long polling: an encoder that loses no packet in a
 * burst ({@link LosslessPacketEncoder}), and a guard that keeps a client's waiting request from
 * being forgotten ({@link PollingCloseGuard}).
 */
final class LosslessPollingInitializer extends SocketIOChannelInitializer {

    private static final PollingCloseGuard CLOSE_GUARD = new PollingCloseGuard();

    private EncoderHandler encoder;

    @Override
    public void start(Configuration configuration, NamespacesHub namespacesHub) {
        super.start(configuration, namespacesHub);
        try {
            encoder = new EncoderHandler(configuration, new LosslessPacketEncoder(configuration, configuration.getJsonSupport()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up netty-socketio's encoder", e);
        }
    }

    @Override
    protected void addSocketioHandlers(ChannelPipeline pipeline) {
        super.addSocketioHandlers(pipeline);
        pipeline.replace(SOCKETIO_ENCODER, SOCKETIO_ENCODER, encoder);
        pipeline.addBefore(XHR_POLLING_TRANSPORT, PollingCloseGuard.NAME, CLOSE_GUARD);
    }
}
