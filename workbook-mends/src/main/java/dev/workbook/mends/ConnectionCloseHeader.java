package dev.workbook.mends;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Makes every HTTP answer but a WebSocket upgrade say {@code Connection: close}, because
 * netty-socketio 2.0.14 closes the connection after each one while saying {@code keep-alive}: a
 * client that believes it sends its next request on the closing connection, and that request is
 * lost without an answer.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9112#section-9.6">RFC 9112, section 9.6: tear-down</a>
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#saysKeepAliveThenCloses",
        notes = "keep-alive-then-closed")
@Sharable
final class ConnectionCloseHeader extends ChannelOutboundHandlerAdapter {

    static final String NAME = "workbookConnectionCloseHeader";

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse response && !HttpResponseStatus.SWITCHING_PROTOCOLS.equals(response.status())) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        super.write(ctx, msg, promise);
    }
}
