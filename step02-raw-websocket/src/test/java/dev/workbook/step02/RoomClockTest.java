package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every time the chat sends comes from the room's clock, never from the machine's: what lets a test, or a replay, know the time. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RoomClockTest {

    private static final Instant NOON = Instant.parse("2020-02-20T12:00:00Z");

    @RegisterExtension
    final ChatServerFixture chat = ChatServerFixture.perTest(ChatSettings.onPort(0).withClock(Clock.fixed(NOON, ZoneOffset.UTC)));

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Presence and chat messages are stamped with the room's clock (a fixed one here), not Instant.now()")
    void timesComeFromTheRoomsClock() {
        try (ChatClient ada = chat.join("ada"); ChatClient bob = chat.join("bob")) {
            JsonNode joined = ada.next("joined");
            bob.say("what time is it?", "c-1");
            JsonNode message = ada.next("chat");

            assertThat(joined.path("time").asText()).as("%s: the time of bob's 'joined', from ChatRoom's clock, which the test"
                    + " fixed at %s", PRESENCE, NOON).isEqualTo(NOON.toString());
            assertThat(message.path("time").asText()).as("%s: the time of bob's message, from ChatRoom's clock, which the test"
                    + " fixed at %s", BROADCAST, NOON).isEqualTo(NOON.toString());
        }
    }
}
