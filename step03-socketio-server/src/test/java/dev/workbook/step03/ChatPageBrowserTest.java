package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static dev.workbook.step03.Step03Exercises.PAGE_ACK;
import static dev.workbook.step03.Step03Exercises.PAYLOAD;
import static dev.workbook.step03.Step03Exercises.PRESENCE;
import static dev.workbook.step03.Step03Exercises.TO_EVERYONE;
import static dev.workbook.step03.Step03Exercises.TO_OTHERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.time.Duration;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page in headless Chromium, on the real Socket.IO browser client: two windows, two people. */
@DisplayName("The chat page, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ChatPageBrowserTest {

    /** The server asks for a token, so that the page's token field is used too. */
    private static final String TOKEN = "open sesame";
    /** Enough for a page on loopback, and for a fresh page to connect. */
    private static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    /** The page gives up on an acknowledgement after 5 s; a little more shows which way it went. */
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(7);
    /** Socket.IO's first reconnection attempt comes 0.5 to 1.5 s after the drop, the second 1 to 3 s after that. */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    /** The messages on the list with the text arguments[0], as the person sees them (not the hidden ones). */
    private static final String FIND_MESSAGES = String.join("\n",
            "return [...document.querySelectorAll('#messages li.message')]",
            "  .filter((li) => li.getClientRects().length > 0 && li.querySelector('.text').textContent === arguments[0])",
            "  .map((li) => ({ sender: li.querySelector('.sender').textContent, mine: li.classList.contains('mine'),",
            "    status: li.dataset.status || null, statusText: li.querySelector('.status').textContent }));");

    private static final ServerErrors SERVER_ERRORS = new ServerErrors();
    private static Step03App app;
    private static HeadlessChromium chromium;
    private static WebDriver driver;
    private static String firstWindow;
    private static String secondWindow;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        app = Step03App.start(Step03Settings.onFreePorts().withToken(TOKEN), SERVER_ERRORS);
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
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.5")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("Two people join, see each other arrive and read each other's messages; mine show as acknowledged")
    void twoPeopleChat() {
        join(firstWindow, "ada");
        join(secondWindow, "bob");
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, String.format("%s: ada's page tells that bob joined, and that 2 are online", PRESENCE),
                () -> notices().contains("bob joined · 2 online"));
        assertThat(text("online-count")).as("%s: the count of people online on ada's page", PRESENCE).isEqualTo("2");

        say("hello, bob");
        assertAcknowledged("hello, bob", TO_EVERYONE);
        driver.switchTo().window(secondWindow);
        Shown atBob = waitForMessage(String.format("%s: ada's message on bob's page", TO_EVERYONE), "hello, bob");
        assertThat(atBob.sender()).as("%s: the sender bob sees", TO_EVERYONE).isEqualTo("ada");
        assertThat(atBob.mine()).as("%s: someone else's message is not marked as mine", TO_EVERYONE).isFalse();

        driver.findElement(By.id("to-others")).click();
        say("just for ada");
        assertAcknowledged("just for ada", TO_OTHERS);
        driver.switchTo().window(firstWindow);
        waitForMessage(String.format("%s: bob's message to everyone but himself on ada's page", TO_OTHERS), "just for ada");
        assertThat(messages("hello, bob")).as("%s: ada's own message, once, although the server sent it back to her", TO_EVERYONE)
                .hasSize(1);
        driver.switchTo().window(secondWindow);
        assertThat(messages("just for ada")).as("%s: bob's message to the others, shown once on his page", TO_OTHERS)
                .hasSize(1);
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("Markup in a message or a nickname shows as the characters typed and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        join(firstWindow, "mallory");
        join(secondWindow, "<i>eve</i>");

        say(markup);
        assertAcknowledged(markup, TO_EVERYONE);
        driver.switchTo().window(firstWindow);
        Shown atMallory = waitForMessage(String.format("%s: eve's message on mallory's page", TO_EVERYONE), markup);
        assertThat(atMallory.sender()).as("%s: a nickname from the network shows as text", TO_EVERYONE).isEqualTo("<i>eve</i>");
        waitUntil(WAIT, String.format("%s: mallory's page tells that <i>eve</i> joined, as text", PRESENCE),
                () -> notices().contains("<i>eve</i> joined · 2 online"));
        for (String window : List.of(firstWindow, secondWindow)) {
            driver.switchTo().window(window);
            assertThat(driver.findElements(By.cssSelector("main img, main i")))
                    .as("%s: show network text with textContent, never innerHTML: markup became an element", TO_EVERYONE)
                    .isEmpty();
        }
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("When the server restarts, Socket.IO reconnects the page by itself, as a new session, and I can chat again")
    void reconnectsAfterARestart() throws IOException {
        join(firstWindow, "grace");
        String firstSession = text("session-id");
        waitUntil(WAIT, String.format("%s: grace's page tells that grace joined", PRESENCE),
                () -> notices().contains("grace joined · 1 online"));

        app.restartChat();

        waitUntil(WAIT, "the page notices that the connection dropped (a 'Connection lost' notice)",
                () -> !driver.findElements(By.cssSelector("#messages .notice[data-kind='lost']")).isEmpty());
        waitUntil(RECONNECT_WAIT, "the page connected again by itself, or showing why not",
                () -> "connected".equals(state()) || !text("error").isEmpty());
        assertThat(state()).as("Socket.IO should reconnect the page by itself; it shows '%s' and the error '%s'",
                text("state"), text("error")).isEqualTo("connected");
        assertThat(text("session-id")).as("a reconnection is a new session, with a new id").isNotEqualTo(firstSession);
        waitUntil(WAIT, String.format("%s: the restarted server tells that grace joined again", PRESENCE),
                () -> notices().stream().filter("grace joined · 1 online"::equals).count() == 2);

        say("back again");
        assertAcknowledged("back again", TO_EVERYONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a nickname of 25 characters | abcdefghijklmnopqrstuvwxy | open sesame
            a nickname of spaces        | '   '                     | open sesame
            the wrong token             | trudy                     | let me in
            """)
    @Tag("exercise-3.1")
    @DisplayName("A handshake the server refuses shows the server's reason, and the form to try again")
    void showsWhyTheServerRefusedTheHandshake(String what, String nickname, String token) {
        Throwable refusal = catchThrowable(() -> new HandshakeCheck(TOKEN).nicknameFrom(Map.of("nickname", nickname, "token", token)));
        assertThat(refusal).as("%s: the handshake check should refuse %s with a Refusal", HANDSHAKE, what)
                .isInstanceOf(Refusal.class);

        driver.switchTo().window(firstWindow);
        enterNicknameAndToken(nickname, token);
        waitUntil(WAIT, String.format("%s: the page shows why the server refused %s", HANDSHAKE, what),
                () -> !text("error").isEmpty());
        assertThat(text("error")).as("%s: the page shows the reason from connect_error", HANDSHAKE)
                .isEqualTo("The server refused you: " + refusal.getMessage());
        assertThat(state()).as("%s: a refused page is offline: Socket.IO does not retry a refusal", HANDSHAKE)
                .isEqualTo("offline");
        assertThat(driver.findElement(By.id("join-form")).isDisplayed()).as("%s: the join form is back, to try again", HANDSHAKE)
                .isTrue();
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("A message the server refuses shows the server's reason instead of acknowledged")
    void showsWhyTheServerRefusedAMessage() {
        String spaces = "   ";
        Throwable refusal = catchThrowable(() -> ChatPayload.textOf(Map.of("text", spaces)));
        assertThat(refusal).as("%s: textOf should refuse a text of spaces with a Refusal", PAYLOAD).isInstanceOf(Refusal.class);
        join(firstWindow, "sam");

        say(spaces);

        awaitOutcome(spaces);
        assertThat(statusText(spaces)).as("%s: report {ok: false, error} with ui.refused(error)", PAGE_ACK)
                .isEqualTo("refused: " + refusal.getMessage());
    }

    /** In {@code window}, joins as {@code nickname} with the right token, and waits until connected. */
    private static void join(String window, String nickname) {
        driver.switchTo().window(window);
        enterNicknameAndToken(nickname, TOKEN);
        waitUntil(WAIT, String.format("%s: '%s' connected", HANDSHAKE, nickname),
                () -> "connected".equals(state()) || !text("error").isEmpty());
        assertThat(state()).as("%s: joining as '%s' should connect the page; it shows '%s' and the error '%s'",
                HANDSHAKE, nickname, text("state"), text("error")).isEqualTo("connected");
    }

    private static void enterNicknameAndToken(String nickname, String token) {
        WebElement tokenField = driver.findElement(By.id("token"));
        waitUntil(WAIT, "the token field, which the page shows when /api/config says that the server wants one",
                tokenField::isDisplayed);
        driver.findElement(By.id("nickname")).sendKeys(nickname);
        tokenField.sendKeys(token);
        driver.findElement(By.id("join")).click();
    }

    private static void say(String message) {
        driver.findElement(By.id("message")).sendKeys(message);
        driver.findElement(By.id("send")).click();
    }

    /** Waits until the page shows what became of its own message: acknowledged, refused, or no answer. */
    private static void awaitOutcome(String message) {
        waitUntil(OUTCOME_WAIT, String.format("%s: the server's answer to '%s' shown on it", PAGE_ACK, message),
                () -> statusOf(message) != null && !"sent".equals(statusOf(message)));
    }

    private static void assertAcknowledged(String message, Exercise exercise) {
        awaitOutcome(message);
        assertThat(statusOf(message)).as("%s and %s: '%s' should show as acknowledged; it shows '%s'",
                PAGE_ACK, exercise, message, statusText(message)).isEqualTo("acknowledged");
    }

    private static Shown waitForMessage(String what, String text) {
        waitUntil(WAIT, what, () -> !messages(text).isEmpty());
        return messages(text).get(0);
    }

    /** The messages the list shows with exactly this text, read in one go: the page moves and replaces them as copies and acks come. */
    private static List<Shown> messages(String text) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(FIND_MESSAGES, text);
        return found.stream().map(m -> new Shown((String) m.get("sender"), Boolean.TRUE.equals(m.get("mine")),
                (String) m.get("status"), (String) m.get("statusText"))).toList();
    }

    private static String statusOf(String text) {
        List<Shown> found = messages(text);
        return found.isEmpty() ? null : found.get(0).status();
    }

    private static String statusText(String text) {
        List<Shown> found = messages(text);
        return found.isEmpty() ? null : found.get(0).statusText();
    }

    /** The notices in the list, such as "bob joined · 2 online". */
    private static List<String> notices() {
        return driver.findElements(By.cssSelector("#messages li.notice .text")).stream().map(WebElement::getText).toList();
    }

    private static String state() {
        return driver.findElement(By.id("state")).getDomAttribute("data-state");
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** A message as the list shows it: who sent it, whether it is marked as mine, and its status (null for others'). */
    private record Shown(String sender, boolean mine, String status, String statusText) {
    }

    /**
     * The one wait of these tests: polls {@code condition} until it holds or {@code timeout} ends,
     * and stops at once when the chat server reports an exception from the learner's code, also
     * when that exception is what made the condition hold.
     */
    private static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, timeout, POLL).until(d -> {
                SERVER_ERRORS.rethrowFirst();
                return condition.getAsBoolean();
            });
            SERVER_ERRORS.rethrowFirst(); // what the page shows may be the server's failure: a disconnect, a lost ack
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + timeout.toMillis() + " ms for: " + what + ", but it did not happen. "
                    + "The page shows '" + text("state") + "' and the error '" + text("error") + "'. "
                    + "Browser console errors: " + chromium.consoleErrors(), e);
        }
    }
}
