package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.TO_EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Events and acknowledgements over each transport: Socket.IO's fallback, seen from a real client. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ChatEventsTest {

    private static final ServerErrors ERRORS = new ServerErrors();
    private static SocketIoChatServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = SocketIoChatServer.start(Step03Settings.onFreePorts(), ERRORS);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SocketIoTestClient.Transports.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.3")
    @DisplayName("A chat message reaches everyone, the sender too, and is acknowledged with the server's id")
    void chatMessageReachesEveryoneAndIsAcknowledged(SocketIoTestClient.Transports transports) {
        Await await = Await.watching(ERRORS);
        try (SocketIoTestClient ada = new SocketIoTestClient(server.port(), transports, Map.of("nickname", "ada"), await).awaitConnected();
             SocketIoTestClient bob = new SocketIoTestClient(server.port(), transports, Map.of("nickname", "bob"), await).awaitConnected()) {

            JSONObject ack = ada.emitWithAck(ChatEvents.CHAT, SocketIoTestClient.object("text", "hello over " + transports));
            JSONObject atBob = bob.nextChatMessage();
            JSONObject atAda = ada.nextChatMessage();

            assertThat(ack.optBoolean("ok")).as("%s: the acknowledgement %s", TO_EVERYONE, ack).isTrue();
            assertThat(atBob.optString("text")).as("%s: what bob received", TO_EVERYONE).isEqualTo("hello over " + transports);
            assertThat(atAda.optString("id")).as("%s: the sender gets it too, with the id in its ack", TO_EVERYONE)
                    .isEqualTo(ack.optString("id"));
            assertThat(atBob.optString("sender")).as("%s: the sender's nickname", TO_EVERYONE).isEqualTo("ada");
        }
    }
}
