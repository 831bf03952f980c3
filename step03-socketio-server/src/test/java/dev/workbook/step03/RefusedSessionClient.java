package dev.workbook.step03;

import dev.workbook.testkit.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client on the bare Engine.IO protocol, over the JDK's WebSocket, that asks to join the chat
 * with a nickname the handshake check refuses, and then stays: it answers the server's pings, so
 * its session lives on after the refusal, as a browser tab's does, for as long as the test needs.
 */
final class RefusedSessionClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<String> packets = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    /** Connects, asks to join with {@code auth} (a JSON object), and waits for the server's refusal. */
    RefusedSessionClient(int port, String auth, Await await) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket"), this)
                .orTimeout(Await.CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
        await.atMost(Await.CONNECT_TIMEOUT).until("the Engine.IO open packet", () -> next('0') != null, packets::toString);
        socket.sendText("40" + SocketIoChatServer.NAMESPACE + "," + auth, true).join();
        await.until("the server's refusal, a CONNECT_ERROR (44" + SocketIoChatServer.NAMESPACE + ",...)",
                () -> next('4') != null, packets::toString);
    }

    /** Takes the next packet of the Engine.IO type {@code type} ('0' open, '4' message), or null. */
    private String next(char type) {
        String packet = packets.poll();
        while (packet != null && packet.charAt(0) != type) {
            packet = packets.poll();
        }
        return packet;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String packet = partial.toString();
            partial.setLength(0);
            if (packet.equals("2")) {
                webSocket.sendText("3", true); // the ping's pong: this session stays
            } else {
                packets.add(packet);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
