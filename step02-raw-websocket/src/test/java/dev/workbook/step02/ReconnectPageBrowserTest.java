package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.RECONNECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.TestScripts;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Exercise 2.5 in headless Chromium: the page comes back by itself after the server restarts, backing off with full jitter. */
@DisplayName("The chat page reconnecting, in a real browser")
@BrowserTest
class ReconnectPageBrowserTest {

    private static final Duration WAIT = ChatPageDriver.WAIT;
    /** The page waits at most 5 s between attempts (its backoff cap), then needs a moment to rejoin. */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 8;
    private static final int SAMPLES = 50;
    /**
     * Imports the page's reconnect.js and calls reconnectLater(session, ui, schedule) SAMPLES times
     * for each attempt number, with a schedule that only records: no waiting, no server.
     */
    private static final String CALL_RECONNECT_LATER = TestScripts.read(ReconnectPageBrowserTest.class, "reconnect-later-probe.js");

    @RegisterExtension
    static final Step02PageFixture FIXTURE = new Step02PageFixture();

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @Tag("exercise-2.5")
    @DisplayName("When the server restarts, the page reconnects by itself, rejoins under my nickname and chats again")
    void reconnectsAfterARestart() throws IOException {
        FIXTURE.page().join(FIXTURE.first(), "grace");

        FIXTURE.app().restartChat();

        FIXTURE.page().waitUntil(WAIT, String.format("%s: the page notices the connection dropped (a 'lost' notice)", RECONNECT),
                () -> !FIXTURE.driver().findElements(By.cssSelector("#messages .notice[data-kind='lost']")).isEmpty());
        FIXTURE.page().waitUntil(RECONNECT_WAIT, String.format("%s: the page online again, or showing why not", RECONNECT),
                () -> "online".equals(FIXTURE.page().state()) || !FIXTURE.page().text("error").isEmpty()
                        || !FIXTURE.page().text("nickname-error").isEmpty());
        assertThat(FIXTURE.page().state())
                .as("%s: the page should reconnect and rejoin by itself; it shows '%s' and the errors '%s' '%s'",
                        RECONNECT, FIXTURE.page().text("state"), FIXTURE.page().text("error"), FIXTURE.page().text("nickname-error"))
                .isEqualTo("online");
        assertThat(FIXTURE.page().text("state")).as("%s: the page should rejoin under the same nickname", RECONNECT)
                .isEqualTo("online as grace");
        assertThat(FIXTURE.page().onlineList()).as("%s: the restarted server should have grace online again", RECONNECT)
                .containsExactly("grace");

        FIXTURE.page().say("back again");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: a message after the reconnection marked delivered", RECONNECT),
                () -> "delivered".equals(FIXTURE.page().statusOf("back again")));
    }

    @Test
    @Tag("exercise-2.5")
    @DisplayName("Each wait before reconnecting is random, up to twice as long as the one before, and never over the cap")
    void reconnectDelaysBackOffWithFullJitter() {
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        JavascriptExecutor page = (JavascriptExecutor) FIXTURE.driver();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.executeAsyncScript(CALL_RECONNECT_LATER, ATTEMPTS, SAMPLES);
        assertThat(result.get("error")).as("%s: reconnectLater(session, ui, schedule) in reconnect.js threw", RECONNECT).isNull();
        long base = ((Number) result.get("base")).longValue();
        long cap = ((Number) result.get("cap")).longValue();

        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> rows = (List<List<Map<String, Object>>>) result.get("rows");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long ceiling = Math.min(cap, base << attempt);
            List<Map<String, Object>> calls = rows.get(attempt);
            for (Map<String, Object> call : calls) {
                assertThat(call.get("timers")).as("%s: schedule exactly one attempt with schedule(callback, millis)", RECONNECT).isEqualTo(1L);
                assertThat(call.get("attemptAfter")).as("%s: count the attempt in session.attempt", RECONNECT).isEqualTo(attempt + 1L);
                assertThat(call.get("rejoinedAs")).as("%s: when the wait is over, ui.rejoin(session.nickname)", RECONNECT)
                        .isEqualTo("probe");
                assertThat(number(call, "waited")).as("%s: ui.waiting(millis) shows the wait schedule gets", RECONNECT)
                        .isCloseTo(number(call, "delay"), within(1.0));
            }
            List<Double> delays = calls.stream().map(call -> number(call, "delay")).toList();
            assertThat(Collections.min(delays)).as("%s: attempt %d never waits less than 0 ms", RECONNECT, attempt)
                    .isGreaterThanOrEqualTo(0.0);
            assertThat(Collections.max(delays))
                    .as("%s: attempt %d waits at most min(cap, base * 2^attempt) = %d ms", RECONNECT, attempt, ceiling)
                    .isLessThanOrEqualTo((double) ceiling);
            assertThat(delays.stream().distinct().count()).withFailMessage("%s: attempt %d waited only %s in %d tries: full jitter"
                    + " waits a random time, Math.random() times min(cap, base * 2^attempt), each time", RECONNECT, attempt,
                    delays.stream().distinct().limit(5).toList(), SAMPLES).isGreaterThan(SAMPLES / 2L);
            assertThat(Collections.max(delays))
                    .as("%s: some waits of attempt %d come close to its %d ms ceiling", RECONNECT, attempt, ceiling)
                    .isGreaterThan(ceiling / 2.0);
        }
    }

    private static double number(Map<String, Object> call, String key) {
        Object value = call.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
