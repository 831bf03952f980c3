package dev.workbook.mends;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AttributeKey;
import java.util.List;

/**
 * Keeps netty-socketio 2.0.14 from forgetting a long-polling request bound while the one before it
 * closes, by keeping the news of a closed polling connection from its polling transport (see
 * docs/library-notes.md, "A polling request forgotten").
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "PollingCloseGuardCanaryTest#forgetsARequestBoundWhileTheLastCloses",
        notes = "a-polling-request-forgotten")
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
