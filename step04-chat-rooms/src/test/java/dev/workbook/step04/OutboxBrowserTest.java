package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.ONCE_IN_ORDER;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page's outbox in headless Chromium: what is written offline all goes, paced by the server's
 * rate limit; what the server refuses for good shows as failed, in its place, with Edit and Dismiss;
 * a message too big for the transport is refused on the page and never sent.
 */
@DisplayName("The chat rooms page's outbox, in a real browser")
@BrowserTest
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutboxBrowserTest {

    private static final int STORM_ROUNDS = 3;
    /** Each page writes a burst of 2 to this many messages in each round of the storm. */
    private static final int STORM_LARGEST_BURST = 5;
    /**
     * For a page to show all it wrote: a reconnect's wait, plus the rate limit's pacing (the
     * fixture's LIMITS) of the most one page writes, the storm's, past the burst that goes at once.
     */
    private static final Duration PACED_WAIT = ChatRoomsPageReader.WAIT.plus(pacing(STORM_ROUNDS * STORM_LARGEST_BURST));
    /** Over the transports' 64 KiB limit: sent, it would drop the connection. */
    private static final int OVERSIZE_CHARS = 70_000;

    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @Tag("exercise-4.7")
    @DisplayName("Eight messages written offline all arrive once I am back, in the order written, each once")
    void eightMessagesWrittenOfflineAllArrive() {
        FIXTURE.bothJoin("dock", "ada-eight", "bob-eight");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().click("#toggle-connection");
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(FIXTURE.page().state()));
        List<String> written = IntStream.rangeClosed(1, 8).mapToObj(i -> "offline " + i).toList();
        written.forEach(FIXTURE.page()::say);
        FIXTURE.page().click("#toggle-connection");

        FIXTURE.page().waitUntil(PACED_WAIT, String.format("%s: all 8 of ada's messages shown on her page and her outbox empty "
                + "(the outbox waits retryAfterMs after a rate-limited answer, then sends again)", SEND),
                () -> FIXTURE.page().texts().size() == 8 && FIXTURE.page().outgoing().isEmpty());
        assertThat(FIXTURE.page().failed()).as("none of ada's messages failed: a rate limit only delays them").isEmpty();
        assertThat(FIXTURE.page().texts()).as("%s: ada's page, each message once, in the order written", ONCE_IN_ORDER)
                .containsExactlyElementsOf(written);
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().waitUntil(PACED_WAIT, String.format("%s: the last of ada's 8 messages on bob's page", CATCH_UP),
                () -> FIXTURE.page().texts().contains("offline 8"));
        assertThat(FIXTURE.page().texts()).as("%s: bob's page, each of ada's messages once, in the order written", ONCE_IN_ORDER)
                .containsExactlyElementsOf(written);
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("A message the server refuses for good shows as failed where it was written, and later messages come below it")
    void refusedMessageKeepsItsPlace() {
        FIXTURE.bothJoin("pier", "ada-pin", "bob-pin");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().sayByScript("   ");
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "ada's message of spaces shown as failed", () -> FIXTURE.page().failed().size() == 1);
        Map<String, Object> failed = FIXTURE.page().failed().get(0);
        assertThat(failed.get("code")).as("the code of the refusal of a message of spaces").isEqualTo("empty");
        assertThat(failed.get("buttons")).as("what ada can do with a failed message").isEqualTo(List.of("Edit", "Dismiss"));

        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().say("after the refusal");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitForMessage(SEND, "bob's message on ada's page", "after the refusal");
        FIXTURE.page().say("mine, later");
        FIXTURE.page().waitForMessage(SEND, "ada's next message on her page", "mine, later");
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "ada's outbox empty", () -> FIXTURE.page().outgoing().isEmpty());

        assertThat(FIXTURE.page().log()).as("%s: ada's room, top to bottom: messages take their place in the server's order;"
                + " a failed one is no longer 'on its way' and stays where it was", ONCE_IN_ORDER)
                .containsExactly("    (failed)", "after the refusal (message)", "mine, later (message)");
        FIXTURE.page().click("#messages li.failed button.dismiss");
        assertThat(FIXTURE.page().log()).as("ada's room after Dismiss on the failed message")
                .containsExactly("after the refusal (message)", "mine, later (message)");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("A message over the transport's 64 KiB is refused on the page and never sent: no reconnect, the chat goes on")
    void oversizedMessageIsNeverSent() {
        FIXTURE.page().signIn(FIXTURE.first(), "ada-huge");
        FIXTURE.page().joinRoom("attic");
        FIXTURE.page().sayByScript("z".repeat(OVERSIZE_CHARS));
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "ada's oversized message shown as failed", () -> FIXTURE.page().failed().size() == 1);
        FIXTURE.page().say("still here");
        FIXTURE.page().waitForMessage(SEND, "ada's next message, after the oversized one", "still here");

        assertThat(FIXTURE.page().failed().get(0).get("code")).as("the code of a message too big to send").isEqualTo("too-long");
        assertThat(FIXTURE.page().attribute("status", "data-connects"))
                .as("how often ada's page connected: an oversized message sent would have dropped the connection").isEqualTo("1");
        assertThat(FIXTURE.page().log()).as("ada's room: the failed message, then the next one")
                .containsExactly("z".repeat(OVERSIZE_CHARS) + " (failed)", "still here (message)");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @Tag("exercise-4.7")
    @DisplayName("Two pages going offline at random, writing in bursts past the rate limit, a server restart: each message once, in order, on both")
    void outboxesSurviveAStorm() throws IOException {
        long seed = Long.getLong("step04.torture.seed", System.nanoTime());
        String replay = String.format(" (seed %d; replay: -Dstep04.torture.seed=%d)", seed, seed);
        Random random = new Random(seed);
        FIXTURE.bothJoin("storm", "ada-storm", "bob-storm");
        FIXTURE.bothWindows(FIXTURE.page()::reconnectSoon);
        List<String> windows = List.of(FIXTURE.first(), FIXTURE.second());
        Set<String> away = new HashSet<>();
        List<String> written = new ArrayList<>();
        for (int round = 1; round <= STORM_ROUNDS; round++) {
            if (round == 2) {
                FIXTURE.app().restartChat();
            }
            for (String window : windows) {
                FIXTURE.driver().switchTo().window(window);
                if (away.contains(window) == random.nextBoolean()) { // away: back half the time; here: offline half the time
                    FIXTURE.page().click("#toggle-connection");
                    if (!away.remove(window)) {
                        away.add(window);
                    }
                }
                int burst = 2 + random.nextInt(STORM_LARGEST_BURST - 1);
                List<String> texts = IntStream.range(0, burst).mapToObj(i -> "storm " + (written.size() + i + 1)).toList();
                FIXTURE.page().burst(texts);
                written.addAll(texts);
            }
        }
        for (String window : windows) {
            FIXTURE.driver().switchTo().window(window);
            if (away.remove(window)) {
                FIXTURE.page().click("#toggle-connection");
            }
        }

        for (String window : windows) {
            FIXTURE.driver().switchTo().window(window);
            String page = (window.equals(FIXTURE.first()) ? "ada" : "bob") + "'s page";
            FIXTURE.page().waitUntil(PACED_WAIT, String.format("%s: all %d messages shown on %s, its outbox empty%s", CATCH_UP,
                    written.size(), page, replay), () -> FIXTURE.page().texts().size() >= written.size() && FIXTURE.page().outgoing().isEmpty());
            List<Long> seqs = FIXTURE.page().shown().stream().map(ChatRoomsPageReader.Shown::seq).toList();
            assertThat(FIXTURE.page().texts()).as("%s: every message both pages wrote, each once, on %s (lost or twice otherwise)%s",
                    ONCE_IN_ORDER, page, replay).containsExactlyInAnyOrderElementsOf(written);
            assertThat(seqs).as("%s: the seqs on %s, in the server's order%s", ONCE_IN_ORDER, page, replay)
                    .containsExactlyElementsOf(Payloads.range(seqs.get(0), seqs.get(0) + written.size() - 1));
        }
    }

    /** How long the server makes {@code messages} sent at once wait, past the burst it lets through at once. */
    private static Duration pacing(int messages) {
        ChatLimits limits = ChatRoomsPageFixture.LIMITS;
        return Duration.ofMillis(Math.round(1000 * Math.max(0, messages - limits.burst()) / limits.perSecond()));
    }
}
