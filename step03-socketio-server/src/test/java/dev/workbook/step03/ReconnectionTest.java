package dev.workbook.step03;

import static dev.workbook.step03.ChatTestClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.FreePort;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
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

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @DisplayName("When the server restarts on its port, the clients reconnect by themselves, with new sessions, and chat again")
    void clientsReconnectByThemselvesAfterARestart(ChatTestClient.Transports transports) throws IOException {
        try (ChatServerFixture chat = ChatServerFixture.start(Step03Settings.forTests().withSocketPort(FreePort.pick()));
             ChatTestClient ada = chat.join("ada", transports);
             ChatTestClient bob = chat.join("bob", transports)) {
            String adasFirstSession = ada.sessionId();
            int firstPort = chat.port();

            chat.stop();
            String whyAdaWasDisconnected = ada.nextDisconnect();
            bob.nextDisconnect();
            chat.startAgain();
            chat.await().atMost(RECONNECTION).until("ada and bob to reconnect by themselves",
                    () -> ada.connected() && bob.connected() && chat.server().onlineCount() == 2,
                    () -> "ada's last connect_error: " + ada.lastConnectError());
            ada.awaitLastTransport(); // see ChatTestClient.joinOnLastTransport: no emit during the upgrade
            bob.awaitLastTransport();
            JSONObject ack = ada.emitWithAck(ChatEvents.CHAT, text("back after the restart"));
            JSONObject atBob = bob.nextChatMessage();

            assertThat(chat.port()).as("the new server's port").isEqualTo(firstPort);
            assertThat(whyAdaWasDisconnected).as("why ada was disconnected when the server stopped: the transport, so she retries")
                    .startsWith("transport");
            assertThat(ada.connects()).as("how often ada connected, though the test connected her once").isEqualTo(2);
            assertThat(ada.sessionId()).as("ada's session on the new server: a new one").isNotEqualTo(adasFirstSession);
            assertThat(ack.optBoolean("ok")).as("the ack of ada's first message after the restart: %s", ack).isTrue();
            assertThat(atBob.optString("text")).as("what bob receives after the restart").isEqualTo("back after the restart");
        }
    }
}
