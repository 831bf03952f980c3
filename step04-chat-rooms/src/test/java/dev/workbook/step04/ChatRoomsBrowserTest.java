package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.JOIN;
import static dev.workbook.step04.Step04Exercises.ONCE_IN_ORDER;
import static dev.workbook.step04.Step04Exercises.PRIVATE;
import static dev.workbook.step04.Step04Exercises.RATE_LIMIT;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Exercise;
import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat rooms page in headless Chromium, on the real Socket.IO browser client: two windows, two people. */
@DisplayName("The chat rooms page, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatRoomsBrowserTest {

    /** Enough for a page on loopback, and for a fresh page to connect. */
    private static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    /** The page reconnects 0.5 to 1.5 s after a drop, then at most 2 s apart; the restarted server needs a moment too. */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);
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

    /**
     * A network that delivers every room message twice, and loses the first live one with the text
     * arguments[0]: the page's deliver(message), which hands each message to receive, wrapped.
     */
    private static final String FAULTY_NETWORK = String.join("\n",
            "const lostText = arguments[0];",
            "const deliverOnce = window.deliver;",
            "let lost = false;",
            "window.deliver = (message) => {",
            "  if (!lost && message.text === lostText) { lost = true; return; }",
            "  deliverOnce(message);",
            "  deliverOnce(message);",
            "};");
    /** What the page shows when its own script failed, such as an exercise of app.js not done yet; null if nothing failed. */
    private static final String PAGE_FAILURE = "const error = document.getElementById('error');"
            + " return !error.hidden && error.textContent.startsWith('The page') ? error.textContent : null;";

    private static final ServerErrors SERVER_ERRORS = new ServerErrors();
    @TempDir
    static Path databaseFolder;
    private static Step04App app;
    private static HeadlessChromium chromium;
    private static WebDriver driver;
    private static String firstWindow;
    private static String secondWindow;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        app = Step04App.start(Step04Settings.onFreePorts(databaseFolder.resolve("chat")), SERVER_ERRORS);
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

    /**
     * A fresh page in both windows: loading it again closes the previous test's connections. A new
     * clientId too, so that the rate limit of one test does not spill into the next.
     */
    @BeforeEach
    void openFreshPages() {
        SERVER_ERRORS.clear();
        for (String window : List.of(secondWindow, firstWindow)) {
            driver.switchTo().window(window);
            driver.get(app.pageUrl());
            script("sessionStorage.clear();");
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("A message said in one room shows in that room only")
    void roomsKeepTheirMessagesApart() {
        signIn(firstWindow, "ada-apart");
        joinRoom("north");
        signIn(secondWindow, "bob-apart");
        joinRoom("south");

        say("said in south");
        waitForMessage(SEND, "bob's message in #south, on his page", "said in south");
        driver.switchTo().window(firstWindow);
        say("said in north");
        waitForMessage(SEND, "ada's message in #north, on her page", "said in north");

        assertThat(texts()).as("%s: #north on ada's page shows what was said in #north only", SEND)
                .containsExactly("said in north");
        showRoom("general");
        assertThat(texts()).as("%s: #general on ada's page shows nothing said in #north or #south", SEND)
                .doesNotContain("said in north", "said in south");
        driver.switchTo().window(secondWindow);
        assertThat(texts()).as("%s: #south on bob's page shows what was said in #south only", SEND)
                .containsExactly("said in south");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("Two people in the same room read each other's messages, with sender, time and numbers in order")
    void twoPeopleInOneRoomChat() {
        signIn(firstWindow, "ada-chat");
        joinRoom("team");
        signIn(secondWindow, "bob-chat");
        joinRoom("team");

        driver.switchTo().window(firstWindow);
        say("hello, team");
        driver.switchTo().window(secondWindow);
        Shown hello = waitForMessage(SEND, "ada's message on bob's page", "hello, team");
        assertThat(hello.sender()).as("%s: the sender bob sees", SEND).isEqualTo("ada-chat");
        assertThat(hello.mine()).as("someone else's message is not marked as mine").isFalse();
        assertThat(Instant.parse(hello.time())).as("%s: the time the server gave the message", SEND)
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));

        say("hi, ada");
        driver.switchTo().window(firstWindow);
        Shown reply = waitForMessage(SEND, "bob's reply on ada's page", "hi, ada");
        assertThat(reply.seq()).as("%s: the room numbers its messages 1, 2, 3...: bob's reply comes right after ada's", SEND)
                .isEqualTo(hello.seq() + 1);
        assertThat(texts()).as("%s: ada's page shows her message once, as the server numbered it, then bob's", ONCE_IN_ORDER)
                .containsExactly("hello, team", "hi, ada");
        assertThat(shown().get(0).mine()).as("ada's own message, marked as hers").isTrue();
        assertThat(outgoing()).as("%s: once its copy shows, ada's message is no longer 'on its way'", ONCE_IN_ORDER).isEmpty();
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.4")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("Each message shows once and in order, even when the network repeats every one and loses one")
    void showsEachMessageOnceInOrder() {
        signIn(firstWindow, "ada-relay");
        joinRoom("relay");
        signIn(secondWindow, "bob-relay");
        joinRoom("relay");
        driver.switchTo().window(firstWindow);
        script(FAULTY_NETWORK, "lost on the way");

        driver.switchTo().window(secondWindow);
        say("first");
        say("lost on the way");
        say("after the gap");
        driver.switchTo().window(firstWindow);
        waitForMessage(ONCE_IN_ORDER, "bob's last message on ada's page", "after the gap");

        assertThat(texts()).as("%s: drop a message seen already (seq <= last); for a gap (seq > last + 1) ask history",
                ONCE_IN_ORDER).containsExactly("first", "lost on the way", "after the gap");
        List<Long> seqs = shown().stream().map(Shown::seq).toList();
        assertThat(seqs.get(2) - seqs.get(0)).as("%s: the numbers of three messages in a row", ONCE_IN_ORDER).isEqualTo(2);
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @DisplayName("The member list and the room's count follow who joins and who leaves")
    void membersFollowJoinsAndLeaves() {
        signIn(firstWindow, "ada-members");
        joinRoom("den");
        signIn(secondWindow, "bob-members");
        joinRoom("den");

        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, String.format("%s: bob in ada's member list of #den", JOIN), () -> members().size() == 2);
        assertThat(members()).as("%s: the members of #den, sorted", JOIN).containsExactly("ada-members", "bob-members");
        waitUntil(WAIT, String.format("%s: ada's room list counts 2 in #den", JOIN), () -> "2".equals(room("den").get("members")));

        driver.switchTo().window(secondWindow);
        click("#leave-room");
        waitUntil(WAIT, "bob's page leaves #den and shows #general", () -> "general".equals(currentRoom()));
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, String.format("%s: bob gone from ada's member list of #den", JOIN), () -> members().size() == 1);
        assertThat(members()).as("%s: the members of #den after bob left", JOIN).containsExactly("ada-members");
        waitUntil(WAIT, String.format("%s: ada's room list counts 1 in #den", JOIN), () -> "1".equals(room("den").get("members")));
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @DisplayName("While someone types in my room I read 'is typing', and it goes when they clear what they typed")
    void showsWhoIsTyping() {
        signIn(firstWindow, "ada-typing");
        joinRoom("studio");
        signIn(secondWindow, "bob-typing");
        joinRoom("studio");

        driver.findElement(By.id("message")).sendKeys("hel");
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, String.format("%s: 'bob-typing is typing…' on ada's page", JOIN),
                () -> "bob-typing is typing…".equals(text("typing")));

        driver.switchTo().window(secondWindow);
        driver.findElement(By.id("message")).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, "the typing indicator gone from ada's page once bob's field is empty", () -> text("typing").isEmpty());
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("Markup in a message or a nickname shows as the characters typed and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        signIn(firstWindow, "mallory");
        joinRoom("lab");
        signIn(secondWindow, "<i>eve</i>");
        joinRoom("lab");

        say(markup);
        driver.switchTo().window(firstWindow);
        Shown atMallory = waitForMessage(SEND, "eve's message on mallory's page", markup);
        assertThat(atMallory.sender()).as("a nickname from the network shows as text").isEqualTo("<i>eve</i>");
        waitUntil(WAIT, "eve in mallory's member list", () -> members().contains("<i>eve</i>"));
        for (String window : List.of(firstWindow, secondWindow)) {
            driver.switchTo().window(window);
            assertThat(driver.findElements(By.cssSelector("main img, main i")))
                    .as("show network text with textContent, never innerHTML: markup became an element")
                    .isEmpty();
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("Messages in a room I am in but not looking at count as unread until I open it")
    void countsUnreadMessagesOfOtherRooms() {
        signIn(firstWindow, "ada-unread");
        joinRoom("side");
        showRoom("general");
        signIn(secondWindow, "bob-unread");
        joinRoom("side");

        say("first, in side");
        say("second, in side");
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, String.format("%s: 2 unread on #side in ada's room list", ONCE_IN_ORDER), () -> "2".equals(room("side").get("unread")));
        assertThat(room("general").get("unread")).as("no unread count on the room on screen").isEqualTo("0");

        showRoom("side");
        assertThat(room("side").get("unread")).as("opening #side marks its messages read").isEqualTo("0");
        assertThat(texts()).as("%s: #side shows bob's two messages, in order", ONCE_IN_ORDER)
                .containsExactly("first, in side", "second, in side");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.3")
    @Tag("exercise-4.6")
    @DisplayName("A private message goes to the one person I clicked, and to no room")
    void sendsAPrivateMessage() {
        signIn(secondWindow, "bob-private");
        signIn(firstWindow, "ada-private");
        waitUntil(WAIT, String.format("%s: bob in ada's member list of #general", JOIN), () -> members().contains("bob-private"));

        script("document.querySelector('#members li[data-nickname=\"bob-private\"] .name').click();");
        assertThat(driver.findElement(By.id("private-to")).getDomProperty("value")).as("clicking a member addresses them")
                .isEqualTo("bob-private");
        driver.findElement(By.id("private-text")).sendKeys("just between us");
        driver.findElement(By.id("private-send")).click();
        waitUntil(WAIT, String.format("%s: ada's private message acknowledged", PRIVATE),
                () -> "acknowledged".equals(script("return document.querySelector('#private li')?.dataset.status ?? null")));

        driver.switchTo().window(secondWindow);
        waitUntil(WAIT, String.format("%s: ada's private message on bob's page", PRIVATE),
                () -> !driver.findElements(By.cssSelector("#private li[data-direction='in']")).isEmpty());
        assertThat(text("private")).as("%s: bob reads who wrote, and what", PRIVATE).contains("ada-private", "just between us");
        assertThat(texts()).as("%s: a private message is not said in a room", PRIVATE).doesNotContain("just between us");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @DisplayName("Sending too fast: the messages past the burst show the server's reason instead of going")
    void showsTheRateLimit() {
        signIn(firstWindow, "ada-rush");
        joinRoom("rush");

        // 7 at once: the server lets 5 through, then 1 a second.
        script("for (let i = 1; i <= 7; i++) { document.getElementById('message').value = 'quick ' + i;"
                + " document.getElementById('composer').requestSubmit(); }");

        waitUntil(WAIT, String.format("%s: every one of the 7 messages shown or refused", RATE_LIMIT),
                () -> shown().size() + outgoing().stream().filter(o -> "refused".equals(o.get("status"))).count() == 7);
        List<Map<String, Object>> refused = outgoing();
        assertThat(refused).as("%s: the messages past the burst of 5 are refused", RATE_LIMIT).isNotEmpty();
        assertThat(refused).as("%s: each refused with code rate-limited, its status showing the server's reason", RATE_LIMIT)
                .allSatisfy(o -> {
                    assertThat(o.get("code")).isEqualTo("rate-limited");
                    assertThat((String) o.get("statusText")).startsWith("refused: ").hasSizeGreaterThan("refused: ".length());
                });
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.4")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("Back from offline, the page shows what was said while it was away, once")
    void catchesUpAfterBeingAway() {
        signIn(firstWindow, "ada-away");
        joinRoom("cove");
        signIn(secondWindow, "bob-away");
        joinRoom("cove");
        say("before you left");
        driver.switchTo().window(firstWindow);
        waitForMessage(SEND, "bob's first message on ada's page", "before you left");

        click("#toggle-connection");
        waitUntil(WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(state()));
        driver.switchTo().window(secondWindow);
        say("while you were away");
        waitForMessage(SEND, "bob's message on his own page", "while you were away");
        driver.switchTo().window(firstWindow);
        click("#toggle-connection");

        waitForMessage(CATCH_UP, "what bob said while ada was away, on ada's page once she is back", "while you were away");
        assertThat(texts()).as("%s and %s: join again with {after: last seq}; each message once, in order", CATCH_UP, ONCE_IN_ORDER)
                .containsExactly("before you left", "while you were away");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("What I write while offline is sent when the page is back, and arrives once")
    void sendsWhatWaitedInTheOutbox() {
        signIn(firstWindow, "ada-outbox");
        joinRoom("bay");
        signIn(secondWindow, "bob-outbox");
        joinRoom("bay");

        driver.switchTo().window(firstWindow);
        click("#toggle-connection");
        waitUntil(WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(state()));
        say("written while offline");
        assertThat(outgoing()).as("a message written offline waits in the outbox")
                .singleElement().satisfies(o -> assertThat(o.get("status")).isEqualTo("waiting"));
        click("#toggle-connection");

        waitForMessage(SEND, "ada's message, sent once she is back, on her page", "written while offline");
        driver.switchTo().window(secondWindow);
        waitForMessage(SEND, "ada's message, sent once she is back, on bob's page", "written while offline");
        assertThat(texts()).as("%s: the message written offline, once", SEND).containsOnlyOnce("written while offline");
        driver.switchTo().window(firstWindow);
        waitUntil(WAIT, "ada's outbox empty", () -> outgoing().isEmpty());
        assertThat(texts()).as("%s: ada's page shows her message once", ONCE_IN_ORDER).containsExactly("written while offline");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.4")
    @Tag("exercise-4.3")
    @Tag("exercise-4.7")
    @DisplayName("When the server restarts, the pages reconnect by themselves, join their rooms again and chat on where they were")
    void recoversFromARestart() throws IOException {
        signIn(firstWindow, "ada-restart");
        joinRoom("harbor");
        signIn(secondWindow, "bob-restart");
        joinRoom("harbor");
        say("before the restart");
        driver.switchTo().window(firstWindow);
        Shown before = waitForMessage(SEND, "bob's message on ada's page", "before the restart");

        app.restartChat();

        for (String window : List.of(firstWindow, secondWindow)) {
            driver.switchTo().window(window);
            waitUntil(RECONNECT_WAIT, "the page connected again by itself",
                    () -> "connected".equals(state()) && "2".equals(attribute("status", "data-connects")));
        }
        say("after the restart");
        driver.switchTo().window(firstWindow);
        Shown after = waitForMessage(CATCH_UP, "what bob said after the restart, on ada's page", "after the restart");
        assertThat(after.seq()).as("%s: the numbers go on across the restart: the messages are in the database", SEND)
                .isEqualTo(before.seq() + 1);
        assertThat(texts()).as("%s and %s: each message once after joining again with {after: last seq}", CATCH_UP, ONCE_IN_ORDER)
                .containsExactly("before the restart", "after the restart");
    }

    /** In {@code window}, signs in as {@code nickname} and waits until the page is in #general. */
    private static void signIn(String window, String nickname) {
        driver.switchTo().window(window);
        driver.findElement(By.id("nickname")).sendKeys(nickname);
        driver.findElement(By.id("signin")).click();
        waitUntil(WAIT, String.format("'%s' connected and in #general (%s and %s)", nickname, Step04Exercises.ROOM_NAMES, JOIN),
                () -> "general".equals(currentRoom()));
    }

    /** Joins {@code room} from the form, and waits until it is on screen. */
    private static void joinRoom(String room) {
        driver.findElement(By.id("room-name")).sendKeys(room);
        driver.findElement(By.id("join-room")).click();
        waitUntil(WAIT, String.format("#%s joined and on screen (%s and %s)", room, Step04Exercises.ROOM_NAMES, JOIN),
                () -> room.equals(currentRoom()));
    }

    /** Puts a room this page is in on screen, from the room list. */
    private static void showRoom(String room) {
        script("document.querySelector('#rooms li[data-room=\"" + room + "\"] .name').click();");
        waitUntil(WAIT, "#" + room + " on screen", () -> room.equals(currentRoom()));
    }

    private static void say(String message) {
        driver.findElement(By.id("message")).sendKeys(message);
        driver.findElement(By.id("send")).click();
    }

    private static Shown waitForMessage(Exercise exercise, String what, String text) {
        waitUntil(WAIT, exercise + ": " + what, () -> shown().stream().anyMatch(m -> m.text().equals(text)));
        return shown().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    /** The messages of the room on screen, read in one go. */
    private static List<Shown> shown() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) script(SHOWN_MESSAGES);
        return found.stream().map(m -> new Shown(((Number) m.get("seq")).longValue(), (String) m.get("sender"),
                (String) m.get("text"), (String) m.get("time"), Boolean.TRUE.equals(m.get("mine")))).toList();
    }

    private static List<String> texts() {
        return shown().stream().map(Shown::text).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> outgoing() {
        return (List<Map<String, Object>>) script(OUTGOING);
    }

    /** One room of the room list: {room, members, unread, current}; fails if the list has none of that name. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> room(String name) {
        return ((List<Map<String, Object>>) script(ROOM_LIST)).stream().filter(r -> name.equals(r.get("room"))).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + name + " in the room list: " + text("rooms")));
    }

    private static List<String> members() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) script("return [...document.querySelectorAll('#members li .name')].map((b) => b.textContent);");
        return names;
    }

    private static String currentRoom() {
        return (String) script("return document.querySelector('#rooms li.current')?.dataset.room ?? null;");
    }

    private static String state() {
        return attribute("status", "data-state");
    }

    private static String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getDomAttribute(name);
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Clicks by script: the lists are drawn again on every change, so a found element may be gone by the click. */
    private static void click(String selector) {
        script("document.querySelector(arguments[0]).click();", selector);
    }

    private static Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void rethrowFailures() {
        SERVER_ERRORS.rethrowFirst();
        Object pageFailure = script(PAGE_FAILURE);
        if (pageFailure != null) {
            throw new AssertionError(pageFailure + " Browser console errors: " + chromium.consoleErrors());
        }
    }

    /** A room message as the page shows it. */
    private record Shown(long seq, String sender, String text, String time, boolean mine) {
    }

    /**
     * The one wait of these tests: polls {@code condition} until it holds or {@code timeout} ends,
     * and stops at once when the chat server reports an exception from the learner's code, or the
     * page says that its script failed.
     */
    private static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
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
