package dev.workbook.mends;

import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;

/** Java-WebSocket 1.6.0's connections as its default factory makes them, each read through a {@link CheckedHandshakeChannel}. */
public final class CheckedHandshakeFactory implements WebSocketServerFactory {

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
        return new WebSocketImpl(adapter, draft);
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
        return new WebSocketImpl(adapter, drafts);
    }

    @Override
    public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) {
        return new CheckedHandshakeChannel(channel);
    }

    @Override
    public void close() {
        // nothing of its own to stop
    }
}
