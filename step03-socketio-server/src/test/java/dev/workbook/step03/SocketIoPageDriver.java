package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static dev.workbook.step03.Step03Exercises.PAGE_ACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TestScripts;
import dev.workbook.testkit.WaitedInVain;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives and reads the step 03 chat page the way a learner clicks and reads it, in one of two windows. */
final class SocketIoPageDriver {

    /** Enough for a page on loopback, and for a fresh page to connect. */
    static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    /**
     * Long enough for an answer that comes on a later try: in the tests each try waits 1 s for its
     * acknowledgement ({@code Step03Settings.forTests()}) and the page tries up to 10 times more, so
     * a message no try answers would show "no answer" only after about 11 s, which no test awaits.
     */
    private static final Duration OUTCOME_WAIT = Duration.ofSeconds(7);
    /** A round trip takes 3 to 20 ms: polling more often than that would only queue readings. */
    private static final Duration POLL = Duration.ofMillis(10);
    /** What the tests read from the page and do on it, one round trip each: see the script's own comments. */
    private static final String SCRIPT = TestScripts.withTyping(TestScripts.read(SocketIoPageDriver.class, "chat-page.js"));

    private final HeadlessChromium browser;
    private final ServerErrors errors;
    private final String token;

    /** @param token the token the server asks for, which {@link #join} gives */
    SocketIoPageDriver(HeadlessChromium browser, ServerErrors errors, String token) {
        this.browser = browser;
        this.errors = errors;
        this.token = token;
    }

    WebDriver driver() {
        return browser.driver();
    }

    /** In {@code window}, joins as {@code nickname} with the right token, and waits until connected. */
    void join(String window, String nickname) {
        driver().switchTo().window(window);
        enterNicknameAndToken(nickname, token);
        waitUntil(WAIT, String.format("%s: '%s' connected", HANDSHAKE, nickname), () -> {
            Map<String, Object> now = situation();
            return "connected".equals(now.get("state")) || !"".equals(now.get("error")) || !"".equals(now.get("nicknameError"));
        });
        Map<String, Object> now = situation();
        assertThat(now.get("state")).as("%s: joining as '%s' should connect the page; it shows '%s' and the errors '%s' '%s'",
                HANDSHAKE, nickname, text("state"), now.get("error"), now.get("nicknameError")).isEqualTo("connected");
    }

    /** Waits for the token field, then types both into the join form and presses Join, as a person would. */
    void enterNicknameAndToken(String nickname, String token) {
        waitUntil(WAIT, "the token field, which the page shows when /api/config says that the server wants one",
                () -> Boolean.TRUE.equals(run("tokenShown")));
        run("join", nickname, token);
    }

    /** Types {@code message} in the message field and presses Send. */
    void say(String message) {
        run("say", message);
    }

    /** Closes the connection as a network outage would; Socket.IO then waits, offline, until {@link #sayThenReconnectIn}. */
    void dropConnection() {
        run("dropConnection");
    }

    /** Says {@code message}, then ends the outage {@code outage} after the send: the page's own timers of the send run first. */
    void sayThenReconnectIn(String message, Duration outage) {
        run("sayThenReconnectIn", message, outage.toMillis());
    }

    /** Waits until the page shows what became of its own message: acknowledged, refused, or no answer. */
    void awaitOutcome(String message) {
        waitUntil(OUTCOME_WAIT, String.format("%s: the server's answer to '%s' shown on it", PAGE_ACK, message),
                () -> statusOf(message) != null && !"sent".equals(statusOf(message)));
    }

    void assertAcknowledged(String message, Exercise exercise) {
        awaitOutcome(message);
        assertThat(statusOf(message)).as("%s and %s: '%s' should show as acknowledged; it shows '%s'",
                PAGE_ACK, exercise, message, statusText(message)).isEqualTo("acknowledged");
    }

    Shown waitForMessage(String what, String text) {
        waitUntil(WAIT, what, () -> !messages(text).isEmpty());
        return messages(text).get(0);
    }

    /** The messages the list shows with exactly this text, read in one go: the page moves and replaces them as copies and acks come. */
    List<Shown> messages(String text) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) run("messages", text);
        return found.stream().map(m -> new Shown((String) m.get("sender"), Boolean.TRUE.equals(m.get("mine")),
                (String) m.get("status"), (String) m.get("statusText"))).toList();
    }

    String statusOf(String text) {
        List<Shown> found = messages(text);
        return found.isEmpty() ? null : found.get(0).status();
    }

    String statusText(String text) {
        List<Shown> found = messages(text);
        return found.isEmpty() ? null : found.get(0).statusText();
    }

    /** The notices in the list, such as "bob joined · 2 online". */
    @SuppressWarnings("unchecked")
    List<String> notices() {
        return (List<String>) run("notices");
    }

    String state() {
        return (String) run("state");
    }

    /** An element's text as the person sees it: empty while it is hidden. */
    String text(String id) {
        return (String) run("text", id);
    }

    /** The state and the error boxes, read at once: {state, error, nicknameError, tokenError}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> situation() {
        return (Map<String, Object>) run("situation");
    }

    /** Runs one reading or action of chat-page.js: one round trip to the browser. */
    private Object run(String what, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = what;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((JavascriptExecutor) driver()).executeScript(SCRIPT, all);
    }

    /** A message as the list shows it: who sent it, whether it is marked as mine, and its status (null for others'). */
    record Shown(String sender, boolean mine, String status, String statusText) {
    }

    /**
     * The one wait of these tests: polls {@code condition} until it holds or {@code timeout} ends,
     * and stops at once when the chat server reports an exception from the learner's code, also
     * when that exception is what made the condition hold.
     */
    void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver(), timeout, POLL).until(d -> {
                errors.rethrowFirst();
                return condition.getAsBoolean();
            });
            errors.rethrowFirst(); // what the page shows may be the server's failure: a disconnect, a lost ack
        } catch (TimeoutException e) {
            Map<String, Object> now = situation();
            AssertionError failure = WaitedInVain.of(what, timeout, "the page shows '" + text("state") + "' and the errors '"
                    + now.get("error") + "' '" + now.get("nicknameError") + "' '" + now.get("tokenError") + "'; browser console errors: "
                    + browser.consoleErrors());
            failure.initCause(e);
            throw failure;
        }
    }
}
