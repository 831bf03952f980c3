package dev.workbook.socketio;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AttributeKey;
import java.util.List;

/**
 * Keeps netty-socketio from forgetting a long-polling client's waiting request. When a polling
 * request's connection closes, netty-socketio 2.0.14 clears the client's polling channel if it is
 * still that one, in two steps, on the closing connection's thread; should the client's next
 * request be bound in between, on another thread, the new request is forgotten. Nothing is sent to
 * the client until it gives up and reconnects, and what waited is lost. With a short heartbeat,
 * requests turn over often enough for this to happen in tests.
 *
 * <p>This handler keeps the news of a polling request's closed connection from netty-socketio's
 * polling transport. Nothing is lost by that: a packet sent to a closed connection waits in the
 * client's queue for its next request, and a client that never comes back is dropped by its
 * heartbeat, which forgets its connections.
 */
@Sharable
final class PollingCloseGuard extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookPollingCloseGuard";
    private static final AttributeKey<Boolean> POLLING_GET = AttributeKey.valueOf("workbookPollingGet");

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request && HttpMethod.GET.equals(request.method()) && isPolling(request.uri())) {
            ctx.channel().attr(POLLING_GET).set(Boolean.TRUE);
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().attr(POLLING_GET).get() == null) {
            super.channelInactive(ctx);
        }
    }

    private static boolean isPolling(String uri) {
        List<String> transport = new QueryStringDecoder(uri).parameters().get("transport");
        return transport != null && transport.contains("polling");
    }
}
