package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.ServerErrors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on the chat rooms page and read from it, and their one bounded wait. */
final class ChatRoomsPageReader {

    /** Enough for a page on loopback, and for a fresh page to connect. */
    static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    private static final Duration POLL = Duration.ofMillis(50);
    /** The messages of the room on screen, as the person sees them. */
    private static final String SHOWN_MESSAGES = String.join("\n",
            "return [...document.querySelectorAll('#messages li.message')].map((li) => ({",
            "  seq: Number(li.dataset.seq), sender: li.querySelector('.sender').textContent,",
            "  text: li.querySelector('.text').textContent, time: li.querySelector('.time').dateTime,",
            "  mine: li.classList.contains('mine') }));");
    /** The room list: every room with its member count, its unread count (0 when none shows) and whether it is on screen. */
    private static final String ROOM_LIST = String.join("\n",
            "return [...document.querySelectorAll('#rooms li')].map((li) => ({ room: li.dataset.room,",
            "  members: li.querySelector('.count').textContent,",
            "  unread: li.querySelector('.unread').hidden ? '0' : li.querySelector('.unread').textContent,",
            "  current: li.classList.contains('current') }));");
    /** Our own messages still on their way, or refused: their status and the server's code. */
    private static final String OUTGOING = String.join("\n",
            "return [...document.querySelectorAll('#messages li.outgoing')].map((li) => ({",
            "  text: li.querySelector('.text').textContent, status: li.dataset.status || '',",
            "  code: li.dataset.code || '', statusText: li.querySelector('.status').textContent }));");
    /** Our own messages the server refused for good: their text, the code, the reason, and the buttons that go with them. */
    private static final String FAILED = String.join("\n",
            "return [...document.querySelectorAll('#messages li.failed')].map((li) => ({",
            "  text: li.querySelector('.text').textContent, status: li.dataset.status || '',",
            "  code: li.dataset.code || '', statusText: li.querySelector('.status').textContent,",
            "  buttons: [...li.querySelectorAll('button')].map((b) => b.textContent) }));");
    /** Every message of the room on screen, top to bottom, whatever its state: "text (kind)". */
    private static final String LOG = String.join("\n",
            "return [...document.querySelectorAll('#messages li.message, #messages li.outgoing, #messages li.failed')]",
            "  .map((li) => li.querySelector('.text').textContent + ' (' + li.className.split(' ')[0] + ')');");
    /** What the page shows when its own script failed, such as an exercise of app.js not done yet; null if nothing failed. */
    private static final String PAGE_FAILURE = "const error = document.getElementById('error');"
            + " return !error.hidden && error.textContent.startsWith('The page') ? error.textContent : null;";

    private final HeadlessChromium chromium;
    private final WebDriver driver;
    private final ServerErrors serverErrors;

    ChatRoomsPageReader(HeadlessChromium chromium, ServerErrors serverErrors) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.serverErrors = serverErrors;
    }

    /** In {@code window}, signs in as {@code nickname} and waits until the page is in #general. */
    void signIn(String window, String nickname) {
        driver.switchTo().window(window);
        driver.findElement(By.id("nickname")).sendKeys(nickname);
        driver.findElement(By.id("signin")).click();
        waitUntil(WAIT, String.format("'%s' connected and in #general (%s and %s)", nickname, Step04Exercises.ROOM_NAMES, JOIN),
                () -> "general".equals(currentRoom()));
    }

    /** Joins {@code room} from the form, and waits until it is on screen. */
    void joinRoom(String room) {
        driver.findElement(By.id("room-name")).sendKeys(room);
        driver.findElement(By.id("join-room")).click();
        waitUntil(WAIT, String.format("#%s joined and on screen (%s and %s)", room, Step04Exercises.ROOM_NAMES, JOIN),
                () -> room.equals(currentRoom()));
    }

    /** Puts a room this page is in on screen, from the room list. */
    void showRoom(String room) {
        script("document.querySelector('#rooms li[data-room=\"" + room + "\"] .name').click();");
        waitUntil(WAIT, "#" + room + " on screen", () -> room.equals(currentRoom()));
    }

    void say(String message) {
        driver.findElement(By.id("message")).sendKeys(message);
        driver.findElement(By.id("send")).click();
    }

    Shown waitForMessage(Exercise exercise, String what, String text) {
        waitUntil(WAIT, exercise + ": " + what, () -> shown().stream().anyMatch(m -> m.text().equals(text)));
        return shown().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    /** The messages of the room on screen, read in one go. */
    List<Shown> shown() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) script(SHOWN_MESSAGES);
        return found.stream().map(m -> new Shown(((Number) m.get("seq")).longValue(), (String) m.get("sender"),
                (String) m.get("text"), (String) m.get("time"), Boolean.TRUE.equals(m.get("mine")))).toList();
    }

    List<String> texts() {
        return shown().stream().map(Shown::text).toList();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outgoing() {
        return (List<Map<String, Object>>) script(OUTGOING);
    }

    /** Our own messages refused for good, shown as failed. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> failed() {
        return (List<Map<String, Object>>) script(FAILED);
    }

    /** The room's messages top to bottom, shown, on their way or failed, each as "text (message|outgoing|failed)". */
    @SuppressWarnings("unchecked")
    List<String> log() {
        return (List<String>) script(LOG);
    }

    /** Writes {@code text} into the message field by script, past its maxlength, and sends it as Enter would. */
    void sayByScript(String text) {
        script("document.getElementById('message').value = arguments[0]; document.getElementById('composer').requestSubmit();", text);
    }

    /** One room of the room list: {room, members, unread, current}; fails if the list has none of that name. */
    @SuppressWarnings("unchecked")
    Map<String, Object> room(String name) {
        return ((List<Map<String, Object>>) script(ROOM_LIST)).stream().filter(r -> name.equals(r.get("room"))).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + name + " in the room list: " + text("rooms")));
    }

    List<String> members() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) script("return [...document.querySelectorAll('#members li .name')].map((b) => b.textContent);");
        return names;
    }

    String currentRoom() {
        return (String) script("return document.querySelector('#rooms li.current')?.dataset.room ?? null;");
    }

    String state() {
        return attribute("status", "data-state");
    }

    String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getDomAttribute(name);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Clicks by script: the lists are drawn again on every change, so a found element may be gone by the click. */
    void click(String selector) {
        script("document.querySelector(arguments[0]).click();", selector);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void rethrowFailures() {
        serverErrors.rethrowFirst();
        Object pageFailure = script(PAGE_FAILURE);
        if (pageFailure != null) {
            throw new AssertionError(pageFailure + " Browser console errors: " + chromium.consoleErrors());
        }
    }

    /** A room message as the page shows it. */
    record Shown(long seq, String sender, String text, String time, boolean mine) {
    }

    /**
     * The one wait of these tests: polls {@code condition} until it holds or {@code timeout} ends,
     * and stops at once when the chat server reports an exception from the learner's code, or the
     * page says that its script failed.
     */
    void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, timeout, POLL).until(d -> {
                rethrowFailures();
                return condition.getAsBoolean();
            });
            rethrowFailures();
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + timeout.toMillis() + " ms for: " + what + ", but it did not happen. "
                    + "The page shows '" + text("status") + " " + text("status-detail") + "' and the error '" + text("error") + "'. "
                    + "Browser console errors: " + chromium.consoleErrors(), e);
        }
    }
}
