package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static dev.workbook.step02.Step02Exercises.RECONNECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page in headless Chromium: two windows, two people, driven the way a learner clicks. */
@DisplayName("The chat page, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatPageBrowserTest {

    /** Enough for a page on loopback, and for a fresh page to connect and join. */
    private static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    /** The page waits at most 5 s between attempts (its backoff cap), then needs a moment to rejoin. */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    /** Four times the longest first reconnect wait (250 ms): a page that came back by itself would have. */
    private static final Duration QUIET_AFTER_LEAVE = Duration.ofSeconds(1);
    private static final int ATTEMPTS = 8;
    private static final int SAMPLES = 50;
    /**
     * Calls the page's reconnectLater(session, ui) SAMPLES times for each attempt number, with
     * setTimeout replaced by a recorder, then runs what it scheduled: no waiting, no server.
     */
    private static final String CALL_RECONNECT_LATER = String.join("\n",
            "const [attempts, samples] = arguments;",
            "const realSetTimeout = window.setTimeout;",
            "const rows = [];",
            "try {",
            "  for (let attempt = 0; attempt < attempts; attempt++) {",
            "    const calls = [];",
            "    for (let i = 0; i < samples; i++) {",
            "      const probe = { nickname: 'probe', attempt };",
            "      const timers = [], waits = [], rejoins = [];",
            "      window.setTimeout = (callback, millis) => { timers.push({ callback, millis }); return 0; };",
            "      try {",
            "        reconnectLater(probe, { waiting: (millis) => waits.push(millis), rejoin: (nickname) => rejoins.push(nickname) });",
            "      } finally {",
            "        window.setTimeout = realSetTimeout;",
            "      }",
            "      timers.forEach((timer) => timer.callback());",
            "      calls.push({ timers: timers.length, attemptAfter: probe.attempt, delay: timers.length ? Number(timers[0].millis) : null,",
            "        waited: waits.length ? Number(waits[0]) : null, rejoinedAs: rejoins.length ? rejoins[0] : null });",
            "    }",
            "    rows.push(calls);",
            "  }",
            "  return { rows };",
            "} catch (error) {",
            "  return { error: String(error && error.message || error) };",
            "}");

    private static final ServerErrors SERVER_ERRORS = new ServerErrors();
    private static Step02App app;
    private static HeadlessChromium chromium;
    private static WebDriver driver;
    private static String firstWindow;
    private static String secondWindow;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        app = Step02App.start(new Step02Settings("127.0.0.1", 0, 0), SERVER_ERRORS);
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
        firstWindow = driver.getWindowHandle();
        secondWindow = driver.switchTo().newWindow(WindowType.WINDOW).getWindowHandle();
    }

    /** JUnit runs this even when {@link #startAppAndBrowser()} failed half-way. */
    @AfterAll
    static void stopBrowserAndApp() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    /** A fresh page in both windows: loading it again closes the previous test's connections. */
    @BeforeEach
    void openFreshPages() {
        SERVER_ERRORS.clear();
        for (String window : List.of(secondWindow, firstWindow)) {
            driver.switchTo().window(window);
            driver.get(app.pageUrl());
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Two people join under their own nicknames and read each other's messages; mine shows as delivered")
    void twoPeopleChat() {
        join(firstWindow, "ada");
        join(secondWindow, "bob");
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, String.format("%s: bob in ada's online list, from the 'joined' envelope", PRESENCE),
                () -> onlineList().contains("bob"));

        say("hello, bob");
        waitUntil(WAIT, String.format("%s: ada's own message marked delivered once the server sends it back", BROADCAST),
                () -> "delivered".equals(statusOf("hello, bob")));

        driver.switchTo().window(secondWindow);
        WebElement atBob = waitForMessage(String.format("%s: ada's message on bob's page", BROADCAST), "hello, bob");
        assertThat(atBob.findElement(By.className("sender")).getText()).as("%s: the sender bob sees", BROADCAST)
                .isEqualTo("ada");
        assertThat(atBob.getDomAttribute("class")).as("%s: someone else's message is not marked as mine", BROADCAST)
                .doesNotContain("mine");
        assertThat(onlineList()).as("%s: who bob's page shows online, from its welcome", PRESENCE)
                .containsExactlyInAnyOrder("ada", "bob");

        say("hi, ada");
        driver.switchTo().window(firstWindow);
        waitForMessage(String.format("%s: bob's answer on ada's page", BROADCAST), "hi, ada");
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Markup in a message or a nickname shows as the characters typed and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        join(firstWindow, "mallory");
        join(secondWindow, "<i>eve</i>");

        say(markup);
        driver.switchTo().window(firstWindow);
        WebElement atMallory = waitForMessage(String.format("%s: eve's message on mallory's page", BROADCAST), markup);

        assertThat(atMallory.findElement(By.className("sender")).getText())
                .as("%s: a nickname from the network shows as text", BROADCAST).isEqualTo("<i>eve</i>");
        assertThat(onlineList()).as("%s: the online list shows nicknames as text", PRESENCE).contains("<i>eve</i>");
        for (String window : List.of(firstWindow, secondWindow)) {
            driver.switchTo().window(window);
            assertThat(driver.findElements(By.cssSelector("main img, main i")))
                    .as("%s: show network text with textContent, never innerHTML: markup became an element", BROADCAST)
                    .isEmpty();
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @Tag("exercise-2.5")
    @DisplayName("When the server restarts, the page reconnects by itself, rejoins under my nickname and chats again")
    void reconnectsAfterARestart() throws IOException {
        join(firstWindow, "grace");

        app.restartChat();

        waitUntil(WAIT, String.format("%s: the page notices the connection dropped (a 'lost' notice)", RECONNECT),
                () -> !driver.findElements(By.cssSelector("#messages .notice[data-kind='lost']")).isEmpty());
        waitUntil(RECONNECT_WAIT, String.format("%s: the page online again, or showing why not", RECONNECT),
                () -> "online".equals(state()) || !text("error").isEmpty());
        assertThat(state())
                .as("%s: the page should reconnect and rejoin by itself; it shows '%s' and the error '%s'",
                        RECONNECT, text("state"), text("error"))
                .isEqualTo("online");
        assertThat(text("state")).as("%s: the page should rejoin under the same nickname", RECONNECT)
                .isEqualTo("online as grace");
        assertThat(onlineList()).as("%s: the restarted server should have grace online again", RECONNECT)
                .containsExactly("grace");

        say("back again");
        waitUntil(WAIT, String.format("%s: a message after the reconnection marked delivered", RECONNECT),
                () -> "delivered".equals(statusOf("back again")));
    }

    @Test
    @Tag("exercise-2.5")
    @DisplayName("Each wait before reconnecting is random, up to twice as long as the one before, and never over the cap")
    void reconnectDelaysBackOffWithFullJitter() {
        driver.switchTo().window(firstWindow);
        JavascriptExecutor page = (JavascriptExecutor) driver;
        long base = ((Number) page.executeScript("return RECONNECT_BASE_MILLIS;")).longValue();
        long cap = ((Number) page.executeScript("return RECONNECT_CAP_MILLIS;")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.executeScript(CALL_RECONNECT_LATER, ATTEMPTS, SAMPLES);
        assertThat(result.get("error")).as("%s: reconnectLater(session, ui) threw", RECONNECT).isNull();

        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> rows = (List<List<Map<String, Object>>>) result.get("rows");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long ceiling = Math.min(cap, base << attempt);
            List<Map<String, Object>> calls = rows.get(attempt);
            for (Map<String, Object> call : calls) {
                assertThat(call.get("timers")).as("%s: schedule exactly one attempt with setTimeout", RECONNECT).isEqualTo(1L);
                assertThat(call.get("attemptAfter")).as("%s: count the attempt in session.attempt", RECONNECT).isEqualTo(attempt + 1L);
                assertThat(call.get("rejoinedAs")).as("%s: when the wait is over, ui.rejoin(session.nickname)", RECONNECT)
                        .isEqualTo("probe");
                assertThat(number(call, "waited")).as("%s: ui.waiting(millis) shows the wait setTimeout gets", RECONNECT)
                        .isCloseTo(number(call, "delay"), within(1.0));
            }
            List<Double> delays = calls.stream().map(call -> number(call, "delay")).toList();
            assertThat(Collections.min(delays)).as("%s: attempt %d never waits less than 0 ms", RECONNECT, attempt)
                    .isGreaterThanOrEqualTo(0.0);
            assertThat(Collections.max(delays))
                    .as("%s: attempt %d waits at most min(cap, base * 2^attempt) = %d ms", RECONNECT, attempt, ceiling)
                    .isLessThanOrEqualTo((double) ceiling);
            assertThat(delays.stream().distinct().count()).as("%s: attempt %d waits a random time (full jitter)", RECONNECT, attempt)
                    .isGreaterThan(SAMPLES / 2L);
            assertThat(Collections.max(delays))
                    .as("%s: some waits of attempt %d come close to its %d ms ceiling", RECONNECT, attempt, ceiling)
                    .isGreaterThan(ceiling / 2.0);
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("After I click Leave, the page stays offline and does not come back by itself")
    void leavingDoesNotReconnect() {
        join(secondWindow, "lin");
        join(firstWindow, "hopper");
        driver.switchTo().window(secondWindow);
        waitUntil(WAIT, String.format("%s: hopper in lin's online list, from the 'joined' envelope", PRESENCE),
                () -> onlineList().contains("hopper"));

        driver.switchTo().window(firstWindow);
        driver.findElement(By.id("leave")).click();

        assertThat(state()).as("%s: Leave puts the page offline at once", PRESENCE).isEqualTo("offline");
        assertThat(driver.findElement(By.id("join-form")).isDisplayed()).as("%s: the join form is back after Leave", PRESENCE)
                .isTrue();
        driver.switchTo().window(secondWindow);
        waitUntil(WAIT, String.format("%s: lin's page hears that hopper left", PRESENCE), () -> !onlineList().contains("hopper"));
        assertNeverWithin(QUIET_AFTER_LEAVE, String.format("%s: hopper back in lin's online list after Leave", PRESENCE),
                () -> onlineList().contains("hopper"));
    }

    /** In {@code window}, joins as {@code nickname} and waits for the welcome. */
    private static void join(String window, String nickname) {
        driver.switchTo().window(window);
        driver.findElement(By.id("nickname")).sendKeys(nickname);
        driver.findElement(By.id("join")).click();
        waitUntil(WAIT, String.format("%s: '%s' online, from the server's welcome", PRESENCE, nickname),
                () -> "online".equals(state()) || !text("error").isEmpty());
        assertThat(state()).as("%s: joining as '%s' should put the page online; it shows '%s' and the error '%s'",
                PRESENCE, nickname, text("state"), text("error")).isEqualTo("online");
    }

    private static void say(String message) {
        driver.findElement(By.id("message")).sendKeys(message);
        driver.findElement(By.id("send")).click();
    }

    private static WebElement waitForMessage(String what, String text) {
        waitUntil(WAIT, what, () -> message(text) != null);
        return message(text);
    }

    /** The message in the list with exactly this text, or null. */
    private static WebElement message(String text) {
        return driver.findElements(By.cssSelector("#messages li.message")).stream()
                .filter(item -> item.findElement(By.className("text")).getText().equals(text))
                .findFirst().orElse(null);
    }

    private static String statusOf(String text) {
        WebElement message = message(text);
        return message == null ? null : message.getDomAttribute("data-status");
    }

    /** The nicknames the page lists as online, without its "(you)" label. */
    private static List<String> onlineList() {
        return driver.findElements(By.cssSelector("#online li")).stream()
                .map(item -> item.getText().replaceFirst(" \\(you\\)$", "")).toList();
    }

    private static String state() {
        return driver.findElement(By.id("state")).getDomAttribute("data-state");
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static double number(Map<String, Object> call, String key) {
        Object value = call.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Checks, for {@code quiet}, that {@code condition} does not come true: how to see that something does not happen. */
    private static void assertNeverWithin(Duration quiet, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, quiet, POLL).until(d -> condition.getAsBoolean());
        } catch (TimeoutException expected) {
            return;
        }
        throw new AssertionError("Did not expect, but saw: " + what);
    }

    /**
     * The one wait of these tests: polls {@code condition} until it holds or {@code timeout} ends,
     * and stops at once when the chat server reports an exception from the learner's code.
     */
    private static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, timeout, POLL).until(d -> {
                SERVER_ERRORS.rethrowFirst();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + timeout.toMillis() + " ms for: " + what + ", but it did not happen. "
                    + "The page shows '" + text("state") + "' and the error '" + text("error") + "'. "
                    + "Browser console errors: " + chromium.consoleErrors(), e);
        }
    }
}
