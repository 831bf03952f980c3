package dev.workbook.mends;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an HTTP request whose body is over the transports' limit with 413, "Content Too Large"
 * (RFC 9110 section 15.5.14), as the reference Engine.IO server does, where netty-socketio 2.0.14
 * closes the connection without a byte (see docs/library-notes.md, "A long-polling POST too big,
 * closed without an answer"). Sits before the library's HTTP aggregator, whose own 413 is written
 * where no encoder sees it; reads the refused body to its end before closing, so that the client
 * gets the answer instead of a connection reset.
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "OversizeAnswerTest#theLibraryClosesAPostTooBigWithoutAnAnswer",
        notes = "a-long-polling-post-too-big-closed-without-an-answer")
final class OversizeRequestAnswer extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookOversizeRequestAnswer";
    /** How much of a refused body is read and dropped at most: a browser's POST ends well within it; a flood does not. */
    static final long MAX_DRAINED_BYTES = 1L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(OversizeRequestAnswer.class);

    private final int maxContentBytes;
    private long received;
    private long drained;
    /** The answer to the request being refused, or null while none is. */
    private ChannelFuture refusal;

    /** One per connection: it follows the request being read. */
    OversizeRequestAnswer(int maxContentBytes) {
        this.maxContentBytes = maxContentBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refusal != null) {
            drop(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            received = 0;
            long declared = HttpUtil.getContentLength(request, -1L);
            if (declared > maxContentBytes) {
                refuse(ctx, request.uri(), declared + " bytes");
                if (HttpUtil.is100ContinueExpected(request)) {
                    closeAfterAnswer(); // the client waits for our word before it sends a body: there is none to read
                }
                drop(msg);
                return;
            }
        }
        if (msg instanceof HttpContent content) {
            received += content.content().readableBytes();
            if (received > maxContentBytes) { // a chunked body, whose length no header gave
                refuse(ctx, "a chunked request", "more than " + maxContentBytes + " bytes");
                drop(msg);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private void refuse(ChannelHandlerContext ctx, String what, String size) {
        LOG.info("{} sent {} with a body of {}, over the limit of {}; answering 413", ctx.channel().remoteAddress(), what, size,
                maxContentBytes);
        byte[] text = ("A request body has at most " + maxContentBytes + " bytes.\n").getBytes(StandardCharsets.UTF_8);
        FullHttpResponse answer = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                Unpooled.wrappedBuffer(text));
        answer.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, text.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        drained = 0;
        // Through the HTTP encoder, but not the compressor, which answers only requests it has seen pass.
        ChannelHandlerContext compressor = ctx.pipeline().context(HttpContentCompressor.class);
        refusal = compressor == null ? ctx.channel().writeAndFlush(answer) : compressor.writeAndFlush(answer);
    }

    /** Drops a part of the refused request; at its end, or once too much came, closes the connection after the answer. */
    private void drop(Object msg) {
        boolean last = msg instanceof LastHttpContent;
        if (msg instanceof HttpContent content) {
            drained += content.content().readableBytes();
        }
        ReferenceCountUtil.release(msg);
        if (last || drained > MAX_DRAINED_BYTES) {
            closeAfterAnswer();
        }
    }

    private void closeAfterAnswer() {
        refusal.addListener(ChannelFutureListener.CLOSE);
    }
}
