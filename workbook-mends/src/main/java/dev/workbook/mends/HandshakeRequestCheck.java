package dev.workbook.mends;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses with {@code 400} an Engine.IO handshake (a request without {@code sid}) that netty-socketio
 * 2.0.14 would open a session for although Engine.IO says not to: a {@code POST} or {@code PUT}
 * instead of a {@code GET}, or a missing or unknown {@code EIO} version, which the library serves as
 * version 3.
 *
 * @see <a href="https://socket.io/docs/v4/engine-io-protocol/#handshake">Engine.IO protocol: handshake</a>
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#servesHandshakesEngineIoRefuses",
        notes = "handshakes-engineio-refuses")
@Sharable
final class HandshakeRequestCheck extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookHandshakeRequestCheck";
    private static final Logger LOG = LoggerFactory.getLogger(HandshakeRequestCheck.class);
    /** OPTIONS is a browser's CORS preflight, which the library answers. */
    private static final Set<HttpMethod> HANDSHAKE_METHODS = Set.of(HttpMethod.GET, HttpMethod.OPTIONS);
    private static final Set<String> ENGINE_IO_VERSIONS = Set.of("3", "4");

    private final String connectPath;

    HandshakeRequestCheck(String connectPath) {
        this.connectPath = connectPath;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof FullHttpRequest request) {
            QueryStringDecoder query = new QueryStringDecoder(request.uri());
            EngineIoErrors refusal = query.path().equals(connectPath) && !query.parameters().containsKey("sid")
                    ? refusalOf(request.method(), query.parameters().get("EIO")) : null;
            if (refusal != null) {
                LOG.info("refused a handshake from {} ({} {}): {}", ctx.channel().remoteAddress(), request.method(),
                        request.uri(), refusal);
                request.release();
                refusal.answer(ctx);
                return;
            }
        }
        super.channelRead(ctx, msg);
    }

    private static EngineIoErrors refusalOf(HttpMethod method, List<String> version) {
        if (!HANDSHAKE_METHODS.contains(method)) {
            return EngineIoErrors.BAD_HANDSHAKE_METHOD;
        }
        return version == null || !ENGINE_IO_VERSIONS.contains(version.get(0)) ? EngineIoErrors.BAD_REQUEST : null;
    }
}
