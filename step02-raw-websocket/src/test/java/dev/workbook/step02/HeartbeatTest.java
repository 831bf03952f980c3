package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that vanish without closing: Java-WebSocket pings every connection once per heartbeat and
 * drops one whose last pong is more than 1.5 heartbeats old. With a 1-second heartbeat a silent
 * client goes between 1.5 and 2.5 seconds after it connected; a client that answers pings (the
 * JDK's does by itself) stays.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 15, unit = TimeUnit.SECONDS)
class HeartbeatTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** Twice the worst case, for a busy machine. */
    private static final Duration DROPPED_WITHIN = Duration.ofSeconds(5);

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest(ChatSettings.onPort(0).withHeartbeat(HEARTBEAT));

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A member whose network died, and a connection that never joined, are dropped within 5 seconds; the others hear"
            + " 'left'; members who answer pings stay")
    void deadMemberIsDroppedAndAnnounced() throws IOException {
        try (ChatClient bob = chat.join("bob"); RawChatSocket zed = RawChatSocket.connect(chat.port());
             RawChatSocket silent = RawChatSocket.connect(chat.port())) {
            zed.sendText("{\"type\":\"join\",\"nickname\":\"zed\"}");
            String welcome = zed.nextText(); // the last thing zed reads: from now on it reads nothing and answers no ping
            bob.next("joined");

            JsonNode left = bob.next("left", DROPPED_WITHIN);
            bob.roundTrip();

            assertThat(welcome).as("%s: zed's answer to its join", PRESENCE).contains("\"welcome\"");
            assertThat(left.path("nickname").asText()).as("%s: who left when zed stopped answering pings", PRESENCE).isEqualTo("zed");
            assertThat(left.path("online")).as("%s: who is online once zed is gone", PRESENCE)
                    .extracting(JsonNode::asText).containsExactly("bob");
            assertThat(bob.closed).as("bob's connection: his client answers pings, so it must stay open").isNotDone();
            assertThat(zed.closedByServerWithin(Duration.ofSeconds(1))).as("whether the server closed zed's TCP connection").isTrue();
            assertThat(silent.closedByServerWithin(Duration.ofSeconds(1)))
                    .as("whether the server closed, by the same heartbeat, a connection that never joined nor answered a ping").isTrue();
        }
    }
}
