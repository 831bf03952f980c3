package dev.workbook.step03;

import static dev.workbook.step03.ChatTestClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.FreePort;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TransportsUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Socket.IO's reconnection, proven from the outside: the server stops under connected clients and a
 * new one starts on the same port, as Ctrl+C and a restart would. The test never connects a client
 * again; the clients come back by themselves (their {@code connect_error}s while the server is down
 * are expected). Not an exercise, but it needs a chat that works: exercises 3.1 to 3.3, and 3.5.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ReconnectionTest {

    /** Reconnection waits 100-500 ms between attempts (see the kit's SocketIoTestClient); a new session on top. */
    private static final Duration RECONNECTION = Duration.ofSeconds(10);

    private final ServerErrors errors = new ServerErrors();
    private final List<SocketIoChatServer> running = new ArrayList<>();

    @AfterEach
    void stopServers() {
        running.forEach(SocketIoChatServer::close);
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @DisplayName("When the server restarts on its port, the clients reconnect by themselves, with new sessions, and chat again")
    void clientsReconnectByThemselvesAfterARestart(ChatTestClient.Transports transports) throws IOException {
        Step03Settings onOnePort = Step03Settings.forTests().withSocketPort(FreePort.pick());
        SocketIoChatServer first = start(onOnePort);
        Await await = Await.watching(errors);
        try (ChatTestClient ada = ChatTestClient.joinOnLastTransport(first.port(), transports, "ada", await);
             ChatTestClient bob = ChatTestClient.joinOnLastTransport(first.port(), transports, "bob", await)) {
            String adasFirstSession = ada.sessionId();

            stop(first);
            String whyAdaWasDisconnected = ada.nextDisconnect();
            bob.nextDisconnect();
            SocketIoChatServer second = start(onOnePort);
            await.atMost(RECONNECTION).until("ada and bob to reconnect by themselves (last connect_error: " + ada.lastConnectError() + ")",
                    () -> ada.connected() && bob.connected() && second.onlineCount() == 2);
            ada.awaitLastTransport(); // see ChatTestClient.joinOnLastTransport: no emit during the upgrade
            bob.awaitLastTransport();
            JSONObject ack = ada.emitWithAck(ChatEvents.CHAT, text("back after the restart"));
            JSONObject atBob = bob.nextChatMessage();

            assertThat(second.port()).as("the new server's port").isEqualTo(first.port());
            assertThat(whyAdaWasDisconnected).as("why ada was disconnected when the server stopped: the transport, so she retries")
                    .startsWith("transport");
            assertThat(ada.connects()).as("how often ada connected, though the test connected her once").isEqualTo(2);
            assertThat(ada.sessionId()).as("ada's session on the new server: a new one").isNotEqualTo(adasFirstSession);
            assertThat(ack.optBoolean("ok")).as("the ack of ada's first message after the restart: %s", ack).isTrue();
            assertThat(atBob.optString("text")).as("what bob receives after the restart").isEqualTo("back after the restart");
        }
    }

    private SocketIoChatServer start(Step03Settings settings) throws IOException {
        SocketIoChatServer server = SocketIoChatServer.start(settings, errors);
        running.add(server);
        return server;
    }

    private void stop(SocketIoChatServer server) {
        running.remove(server);
        server.close();
    }
}
