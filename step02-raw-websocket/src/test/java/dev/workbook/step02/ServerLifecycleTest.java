package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the chat server stops: the part of step 02 that is not an exercise, seen by two different clients. */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ServerLifecycleTest {

    /** RFC 6455 section 7.4.1: "an endpoint is going away, such as a server going down". */
    private static final int GOING_AWAY = 1001;

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest();

    @Test
    @DisplayName("stopAndWait() closes every connection with 1001 (going away), whichever client holds it")
    void stopClosesEveryoneWithGoingAway() throws InterruptedException {
        RecordingJavaWebSocketClient other = new RecordingJavaWebSocketClient(URI.create("ws://127.0.0.1:" + chat.port() + "/"));
        try (ChatClient jdk = chat.connect()) {
            assertThat(other.connectBlocking(5, TimeUnit.SECONDS)).as("Java-WebSocket's own client connects").isTrue();
            // A client may see the 101 a moment before the server counts its connection; stop() closes
            // only the connections it counts, and one it adds while stopping never gets its close frame.
            chat.await().until("the server to count both connections", () -> chat.server().getConnections().size() == 2);

            chat.server().stopAndWait();
            ChatClient.Closed atJdk = jdk.awaitClose();
            int atOther = Await.await().value("Java-WebSocket's client to see its connection close", () -> other.closeCode.getNow(null));

            assertThat(atJdk.code()).as("the close code the JDK's client gets when the server stops").isEqualTo(GOING_AWAY);
            assertThat(atOther).as("the close code Java-WebSocket's client gets when the server stops").isEqualTo(GOING_AWAY);
        } finally {
            other.closeConnection(CloseFrame.GOING_AWAY, "test over"); // closeBlocking() could wait forever for a stopped server
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("Stopping with members online closes each with 1001, and leave() copes with everyone going at once")
    void stopWithMembersOnline() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            ada.next("joined");

            chat.server().stopAndWait();
            ChatClient.Closed atAda = ada.awaitClose();
            ChatClient.Closed atBob = bob.awaitClose();

            assertThat(atAda.code()).as("%s: the close code ada gets when the server stops", PRESENCE).isEqualTo(GOING_AWAY);
            assertThat(atBob.code()).as("%s: the close code bob gets when the server stops", PRESENCE).isEqualTo(GOING_AWAY);
            chat.errors.rethrowFirst(); // each member's leave() runs while the others are closing too
        }
    }

    /** Java-WebSocket's own client, which remembers how its connection closed. */
    private static final class RecordingJavaWebSocketClient extends WebSocketClient {
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

        RecordingJavaWebSocketClient(URI server) {
            super(server);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
        }

        @Override
        public void onMessage(ByteBuffer bytes) {
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            closeCode.complete(code);
        }

        @Override
        public void onError(Exception error) {
            closeCode.complete(1006);
        }
    }
}
