package dev.workbook.socketio;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a WebSocket message over the transports' limit so that the client can tell: a close
 * 1009, "message too big" (RFC 6455 section 7.4.1). netty-socketio 2.0.14 drops such a message
 * without a word and keeps the connection, so that its sender waits for an acknowledgement that
 * never comes. (A long-polling POST over the limit has its connection closed without an answer:
 * the client sees a failed request, and reconnects.) Last in the pipeline: the message aggregator's
 * exception passes every netty-socketio handler unanswered.
 */
@Sharable
final class OversizeAnswer extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookOversizeAnswer";
    private static final Logger LOG = LoggerFactory.getLogger(OversizeAnswer.class);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (!(cause instanceof TooLongFrameException) || ctx.pipeline().get(WebSocketFrameEncoder.class) == null) {
            super.exceptionCaught(ctx, cause);
            return;
        }
        LOG.info("{} sent a WebSocket message over the limit; closing with 1009: {}", ctx.channel().remoteAddress(), cause.getMessage());
        ctx.channel().writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG,
                "a message has at most " + WorkbookServerConfig.MAX_PAYLOAD_BYTES + " bytes")).addListener(ChannelFutureListener.CLOSE);
    }
}
