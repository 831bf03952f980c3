package dev.workbook.step03;

import static dev.workbook.step03.ChatTestClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.TransportsUnderTest;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A message over the transports' own limit ({@link SocketIoChatServer#MAX_PAYLOAD_BYTES}): the last-resort
 * guard, not an exercise. It never reaches the chat's code; the transport drops that one connection.
 * The test needs a chat that works (exercises 3.1 to 3.3, and 3.5) to show that everyone else goes on.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OversizeTest {

    @RegisterExtension
    static final ChatServerFixture CHAT = ChatServerFixture.perClass();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @DisplayName("A message over 64 KiB drops its sender's connection, which comes back by itself; the others chat on undisturbed")
    void oversizedMessageDropsOnlyItsSender(ChatTestClient.Transports transports) {
        try (ChatTestClient ada = CHAT.join("ada", transports);
             ChatTestClient bob = CHAT.join("bob", transports)) {
            String adasFirstSession = ada.sessionId();
            String bobsSession = bob.sessionId();

            ada.emit(ChatEvents.CHAT, text("x".repeat(SocketIoChatServer.MAX_PAYLOAD_BYTES + 1024)));
            String whyAdaWasDropped = ada.nextDisconnect();
            CHAT.await().until("ada to reconnect by herself", () -> ada.connected() && ada.connects() == 2);
            JSONObject bobsAck = bob.emitWithAck(ChatEvents.CHAT, text("still here?"));
            JSONObject adasAck = ada.emitWithAck(ChatEvents.CHAT, text("back again"));

            assertThat(whyAdaWasDropped).as("why ada's connection ended: the transport, not the server's code").startsWith("transport");
            assertThat(ada.sessionId()).as("ada's session after she reconnected: a new one").isNotEqualTo(adasFirstSession);
            assertThat(bob.disconnects()).as("bob's disconnects while ada's connection was dropped").isEmpty();
            assertThat(bob.sessionId()).as("bob's session: the same as before").isEqualTo(bobsSession);
            assertThat(bobsAck.optBoolean("ok")).as("the ack of bob's message after ada's oversized one: %s", bobsAck).isTrue();
            assertThat(adasAck.optBoolean("ok")).as("the ack of ada's message once she is back: %s", adasAck).isTrue();
            assertThat(bob.nextChatMessage().optString("text")).as("the first chat message bob receives: the oversized one never went out")
                    .isEqualTo("still here?");
            assertThat(bob.nextChatMessage().optString("text")).as("the next chat message bob receives: ada's, once she is back")
                    .isEqualTo("back again");
        }
    }
}
