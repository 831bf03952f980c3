package dev.workbook.socketio;

import static dev.workbook.testkit.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import dev.workbook.mends.NettyShutdown;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** One room broadcast to three WebSocket members: netty-socketio encodes it three times, the mended server once. */
@Tag("support")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(NoThreadsLeftBehind.class)
class BroadcastOnceEncoderTest {

    private static final int MEMBERS = 3;
    private static final String ROOM = "r";

    @Test
    @DisplayName("The workbook's server encodes a room broadcast once, and every member gets it")
    void encodesOnceForEveryMember() throws Exception {
        CountingJsonSupport json = new CountingJsonSupport("b");

        List<String> received = broadcastToMembers(json, WorkbookServerConfig::newServer);

        assertThat(received).as("what each of the %d members received", MEMBERS)
                .containsExactly("42[\"b\",\"hello\"]", "42[\"b\",\"hello\"]", "42[\"b\",\"hello\"]");
        assertThat(json.writes()).as("JSON encodings of the broadcast, one event loop serving %d members", MEMBERS)
                .isEqualTo(1);
    }

    @Test
    @DisplayName("netty-socketio's own server encodes the same broadcast once per member: the reason for the mend")
    void theLibraryEncodesOncePerMember() throws Exception {
        CountingJsonSupport json = new CountingJsonSupport("b");

        broadcastToMembers(json, SocketIOServer::new);

        assertThat(json.writes()).as("JSON encodings of one broadcast to %d members by netty-socketio itself; if this"
                + " fails with 1, the library encodes a broadcast once now: remove this mend (BroadcastOnceEncoder)", MEMBERS)
                .isEqualTo(MEMBERS);
    }

    /** Starts a server made by {@code serverOf}, joins {@link #MEMBERS} clients to a room, broadcasts once; what each heard. */
    private static List<String> broadcastToMembers(CountingJsonSupport json, Function<Configuration, SocketIOServer> serverOf)
            throws IOException, InterruptedException {
        SocketIOServer server = FreePortStart.start("127.0.0.1", 0, port -> build(port, json, serverOf), s -> s);
        HttpClient http = HttpClient.newHttpClient();
        List<EngineIoClient> members = new ArrayList<>();
        try {
            for (int i = 0; i < MEMBERS; i++) {
                members.add(EngineIoClient.connect(http, server.getConfiguration().getPort()));
            }
            await().until("all " + MEMBERS + " members in the room",
                    () -> server.getRoomOperations(ROOM).getClients().size() == MEMBERS);
            json.startCounting();
            server.getRoomOperations(ROOM).sendEvent("b", "hello");
            List<String> received = new ArrayList<>();
            for (EngineIoClient member : members) {
                received.add(member.nextEvent(Duration.ofSeconds(5)));
            }
            return received;
        } finally {
            members.forEach(EngineIoClient::abort);
            NettyShutdown.quickly(server);
        }
    }

    private static SocketIOServer build(int port, CountingJsonSupport json, Function<Configuration, SocketIOServer> serverOf) {
        Configuration config = WorkbookServerConfig.of("127.0.0.1", port, port, Duration.ofSeconds(25), Duration.ofSeconds(20));
        config.setJsonSupport(json);
        config.setWorkerThreads(1); // every member on one event loop: the mend encodes once per event loop
        SocketIOServer server = serverOf.apply(config);
        server.addConnectListener(client -> client.joinRoom(ROOM));
        return server;
    }
}
