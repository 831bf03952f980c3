package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.SocketIoPageHook;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What the browser tests do on the chat rooms page and read from it, and their one bounded wait. */
final class ChatRoomsPageReader {

    /** Enough for a page on loopback, and for a fresh page to connect. */
    static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;

    private final HeadlessChromium chromium;
    private final WebDriver driver;
    private final PageScript script;

    ChatRoomsPageReader(HeadlessChromium chromium, ServerErrors serverErrors) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.script = new PageScript(chromium, serverErrors);
    }

    /** In {@code window}, signs in as {@code nickname} and waits until the page is in #general. */
    void signIn(String window, String nickname) {
        startSignIn(window, nickname);
        awaitSignedIn(nickname);
    }

    /** In {@code window}, signs in as {@code nickname} and goes on at once: another window can sign in meanwhile. */
    void startSignIn(String window, String nickname) {
        driver.switchTo().window(window);
        page("typeAndPress", "nickname", nickname, "signin");
    }

    /** Waits until the page on screen, signing in as {@code nickname}, is in #general. */
    void awaitSignedIn(String nickname) {
        waitUntil(WAIT, String.format("'%s' connected and in #general (%s and %s)", nickname, Step04Exercises.ROOM_NAMES, JOIN),
                () -> "general".equals(currentRoom()));
    }

    /** Joins {@code room} from the form, and waits until it is on screen. */
    void joinRoom(String room) {
        startJoin(room);
        awaitJoined(room);
    }

    /** Joins {@code room} from the form and goes on at once. */
    void startJoin(String room) {
        page("typeAndPress", "room-name", room, "join-room");
    }

    /** Waits until {@code room}, joined from the form, is on screen. */
    void awaitJoined(String room) {
        waitUntil(WAIT, String.format("#%s joined and on screen (%s and %s)", room, Step04Exercises.ROOM_NAMES, JOIN),
                () -> room.equals(currentRoom()));
    }

    /** Puts a room this page is in on screen, from the room list. */
    void showRoom(String room) {
        click("#rooms li[data-room='" + room + "'] .name");
        waitUntil(WAIT, "#" + room + " on screen", () -> room.equals(currentRoom()));
    }

    /** Types {@code message} in the message field and presses Send: in one round trip (see chat-rooms-page.js). */
    void say(String message) {
        page("typeAndPress", "message", message, "send");
    }

    Shown waitForMessage(Exercise exercise, String what, String text) {
        waitUntil(WAIT, exercise + ": " + what, () -> shown().stream().anyMatch(m -> m.text().equals(text)));
        return shown().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    /** The messages of the room on screen, read in one go. */
    List<Shown> shown() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page("shown");
        return found.stream().map(m -> new Shown(((Number) m.get("seq")).longValue(), (String) m.get("sender"),
                (String) m.get("text"), (String) m.get("time"), Boolean.TRUE.equals(m.get("mine")))).toList();
    }

    List<String> texts() {
        return shown().stream().map(Shown::text).toList();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outgoing() {
        return (List<Map<String, Object>>) page("outgoing");
    }

    /** Our own messages refused for good, shown as failed. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> failed() {
        return (List<Map<String, Object>>) page("failed");
    }

    /** The room's messages top to bottom, shown, on their way or failed, each as "text (message|outgoing|failed)". */
    @SuppressWarnings("unchecked")
    List<String> log() {
        return (List<String>) page("log");
    }

    /** Writes {@code text} into the message field by script, past its maxlength, and sends it as Enter would. */
    void sayByScript(String text) {
        page("say", text);
    }

    /** One room of the room list: {room, members, unread, current}; fails if the list has none of that name. */
    @SuppressWarnings("unchecked")
    Map<String, Object> room(String name) {
        return ((List<Map<String, Object>>) page("rooms")).stream().filter(r -> name.equals(r.get("room"))).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + name + " in the room list: " + text("rooms")));
    }

    List<String> members() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) page("members");
        return names;
    }

    String currentRoom() {
        return (String) page("currentRoom");
    }

    String state() {
        return attribute("status", "data-state");
    }

    String attribute(String id, String name) {
        return (String) page("attribute", id, name);
    }

    String text(String id) {
        return (String) page("text", id);
    }

    /** Clicks by script: the lists are drawn again on every change, so a found element may be gone by the click. */
    void click(String selector) {
        page("click", selector);
    }

    /** Sends each of {@code texts} from the composer at once, as fast as Enter could. */
    void burst(List<String> texts) {
        page("burst", texts);
    }

    /** The id of the element with the keyboard's focus. */
    String focused() {
        return (String) page("focused");
    }

    /** How many elements {@code selector} finds. */
    long count(String selector) {
        return ((Number) page("count", selector)).longValue();
    }

    /** A field's value, as typed or put back by the page. */
    String value(String id) {
        return (String) page("value", id);
    }

    /** Where the composer is in the window and which element has the focus: {top, bottom, windowHeight, windowWidth, focused}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> composer() {
        return (Map<String, Object>) page("composer");
    }

    /** Shows the page in a window of this size, a phone's ({@code mobile}) or a desktop's, as Chromium's device emulation does. */
    void showAs(int width, int height, boolean mobile) {
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Back to the browser's own window size. */
    void showAsUsual() {
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Runs one reading or action of chat-rooms-page.js: one round trip to the browser. */
    Object page(String what, Object... args) {
        return script.run(what, args);
    }

    /** Makes this window's page try again soon after it loses the server, with no random spread: before a restart. */
    void reconnectSoon() {
        SocketIoPageHook.reconnectSoon(driver);
    }

    /** Runs a test's own script from src/test/resources, asynchronously: it answers by calling its last argument. */
    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
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
        script.waitUntil(timeout, what, condition);
    }
}
