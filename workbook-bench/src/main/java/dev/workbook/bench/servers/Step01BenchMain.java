package dev.workbook.bench.servers;

import dev.workbook.step01.HandwrittenWebSocketServer;
import dev.workbook.step01.Message;
import dev.workbook.step01.MessageHandler;
import dev.workbook.step01.ServerListener;
import dev.workbook.step01.ServerSettings;
import dev.workbook.step01.WebSocketConnection;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 01's hand-written server, exactly as the step builds it (a thread per connection), with a
 * {@link MessageHandler} that speaks the bench protocol instead of the plain echo.
 */
public final class Step01BenchMain {

    private Step01BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = ServerControl.port(args);
        HandwrittenWebSocketServer server =
                new HandwrittenWebSocketServer(ServerSettings.onPort(port), new RoomHandler(), ServerListener.NONE).start();
        ServerControl.ready(server.port(), server::close);
    }

    /** Echo, join and broadcast on the hand-written server's public API. */
    private static final class RoomHandler implements MessageHandler {

        private final Set<WebSocketConnection> room = ConcurrentHashMap.newKeySet();

        @Override
        public void onMessage(WebSocketConnection connection, Message message) throws IOException {
            byte[] payload = message.payload();
            if (payload.length == 1 && payload[0] == 'j') {
                room.add(connection);
                connection.send(message);
            } else if (payload.length > 0 && payload[0] == 'b') {
                for (WebSocketConnection member : room) {
                    try {
                        member.send(message);
                    } catch (IOException gone) { // the handler has no close callback: a failed send is how we learn
                        room.remove(member);
                    }
                }
            } else {
                connection.send(message);
            }
        }
    }
}
