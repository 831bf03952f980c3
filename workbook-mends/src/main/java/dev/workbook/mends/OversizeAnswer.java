package dev.workbook.mends;

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
 * Answers a WebSocket message over the transports' limit with close 1009, "message too big" (RFC 6455
 * section 7.4.1), where netty-socketio 2.0.14 drops it without a word and keeps the connection (see
 * docs/library-notes.md, "A message too big, dropped in silence"). Last in the pipeline: the message
 * aggregator's exception passes every netty-socketio handler unanswered.
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "OversizeAnswerTest#theLibraryDropsItInSilence",
        notes = "a-message-too-big-dropped-in-silence")
@Sharable
final class OversizeAnswer extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookOversizeAnswer";
    private static final Logger LOG = LoggerFactory.getLogger(OversizeAnswer.class);

    private final int maxPayloadBytes;

    OversizeAnswer(int maxPayloadBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (!(cause instanceof TooLongFrameException) || ctx.pipeline().get(WebSocketFrameEncoder.class) == null) {
            super.exceptionCaught(ctx, cause);
            return;
        }
        LOG.info("{} sent a WebSocket message over the limit; closing with 1009: {}", ctx.channel().remoteAddress(), cause.getMessage());
        ctx.channel().writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG,
                "a message has at most " + maxPayloadBytes + " bytes")).addListener(ChannelFutureListener.CLOSE);
    }
}
