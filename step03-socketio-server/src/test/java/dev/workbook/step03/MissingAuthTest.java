package dev.workbook.step03;

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
 * A client that sends no {@code auth} at all: netty-socketio then skips the handshake check, so the
 * connect listener refuses it itself. The server's own code, not an exercise.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MissingAuthTest {

    @RegisterExtension
    static final ChatServerFixture CHAT = ChatServerFixture.perClass();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TransportsUnderTest.class)
    @DisplayName("A client without auth is told to send a nickname, then disconnected by the server for good")
    void clientWithoutAuthIsRefusedAndDisconnected(ChatTestClient.Transports transports) {
        try (ChatTestClient anonymous = CHAT.client(transports, null)) {

            JSONObject refused = anonymous.nextRefused();
            String reason = anonymous.nextDisconnect();

            assertThat(refused.optString("message")).as("the 'refused' event's message").contains("nickname");
            assertThat(reason).as("why the client was disconnected: the server did it, so it will not reconnect")
                    .isEqualTo("io server disconnect");
            assertThat(anonymous.connected()).as("the client is connected after the server disconnected it").isFalse();
            assertThat(anonymous.socket().isActive()).as("the client still tries to reconnect").isFalse();
            assertThat(CHAT.server().onlineCount()).as("how many the server counts online").isZero();
        }
    }
}
