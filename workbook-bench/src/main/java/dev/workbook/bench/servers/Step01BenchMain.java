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
 * {@link MessageHandler} that speaks the bench protocol instead of the plain echo; with
 * {@code -Dbench.step01.threads=virtual}, on a JDK 21 or newer, each connection's thread is virtual.
 */
public final class Step01BenchMain {

    /** The system property that picks the connections' threads: {@value #VIRTUAL}, or platform threads. */
    public static final String THREADS = "bench.step01.threads";
    public static final String VIRTUAL = "virtual";

    private Step01BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = ServerControl.port(args);
        ServerSettings settings = ServerSettings.onPort(port);
        HandwrittenWebSocketServer server = VIRTUAL.equals(System.getProperty(THREADS))
                ? new HandwrittenWebSocketServer(settings, new RoomHandler(), ServerListener.NONE, VirtualThreads.factory())
                : new HandwrittenWebSocketServer(settings, new RoomHandler(), ServerListener.NONE);
        ServerControl.ready(server.start().port(), server::close);
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
