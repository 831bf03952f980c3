package dev.workbook.mends;

import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code 400 Session ID unknown} to a request whose session is not there for it, where
 * netty-socketio 2.0.14 answers an ended session with {@code 500}, a session id that is not a UUID
 * with nothing at all, a WebSocket upgrade for an unknown session with {@code 101} and a close, and
 * serves long polling to a session that has moved to WebSocket.
 *
 * @see <a href="https://socket.io/docs/v4/engine-io-protocol/#http-long-polling-1">Engine.IO protocol: HTTP long-polling</a>
 */
@Mend(library = "com.corundumstudio.socketio:netty-socketio", version = "2.0.14",
        canary = "NettySocketIoCanaryTest#answersUnknownSessionsWrongly",
        notes = "unknown-sessions-answered-wrongly")
@Sharable
final class UnknownSessionAnswer extends ChannelInboundHandlerAdapter {

    static final String NAME = "workbookUnknownSessionAnswer";
    private static final Logger LOG = LoggerFactory.getLogger(UnknownSessionAnswer.class);

    private final String connectPath;
    private final ClientsBox sessions;

    UnknownSessionAnswer(String connectPath, ClientsBox sessions) {
        this.connectPath = connectPath;
        this.sessions = sessions;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof FullHttpRequest request) {
            QueryStringDecoder query = new QueryStringDecoder(request.uri());
            List<String> sid = query.parameters().get("sid");
            if (query.path().equals(connectPath) && sid != null && !servable(sid.get(0))) {
                LOG.info("answered 400 to {} for session {}, which is unknown, ended or upgraded", ctx.channel().remoteAddress(),
                        sid.get(0));
                request.release();
                EngineIoErrors.UNKNOWN_SESSION.answer(ctx);
                return;
            }
        }
        super.channelRead(ctx, msg);
    }

    private boolean servable(String sid) {
        ClientHead session;
        try {
            session = sessions.get(UUID.fromString(sid));
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
        // Once upgraded, the session takes neither long polling nor a second WebSocket.
        return session != null && session.getCurrentTransport() != Transport.WEBSOCKET;
    }
}
