package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.JOIN;
import static dev.workbook.step04.Step04Exercises.ONCE_IN_ORDER;
import static dev.workbook.step04.Step04Exercises.PRIVATE;
import static dev.workbook.step04.Step04Exercises.RATE_LIMIT;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step04.ChatRoomsPageReader.Shown;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/** The chat rooms page in headless Chromium, on the real Socket.IO browser client: two windows, two people. */
@DisplayName("The chat rooms page, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatRoomsBrowserTest {

    /** Enough for a page on loopback, and for a fresh page to connect. */
    private static final Duration WAIT = ChatRoomsPageReader.WAIT;
    /** The page reconnects 0.5 to 1.5 s after a drop, then at most 2 s apart; the restarted server needs a moment too. */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);

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

    private static final ServerErrors SERVER_ERRORS = new ServerErrors();
    @TempDir
    static Path databaseFolder;
    private static Step04App app;
    private static HeadlessChromium chromium;
    private static WebDriver driver;
    private static String firstWindow;
    private static String secondWindow;
    private static ChatRoomsPageReader page;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        app = Step04App.start(Step04Settings.onFreePorts(databaseFolder.resolve("chat")), SERVER_ERRORS);
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
        firstWindow = driver.getWindowHandle();
        secondWindow = driver.switchTo().newWindow(WindowType.WINDOW).getWindowHandle();
        page = new ChatRoomsPageReader(chromium, SERVER_ERRORS);
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
            page.script("sessionStorage.clear();");
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
        page.signIn(firstWindow, "ada-apart");
        page.joinRoom("north");
        page.signIn(secondWindow, "bob-apart");
        page.joinRoom("south");

        page.say("said in south");
        page.waitForMessage(SEND, "bob's message in #south, on his page", "said in south");
        driver.switchTo().window(firstWindow);
        page.say("said in north");
        page.waitForMessage(SEND, "ada's message in #north, on her page", "said in north");

        assertThat(page.texts()).as("%s: #north on ada's page shows what was said in #north only", SEND)
                .containsExactly("said in north");
        page.showRoom("general");
        assertThat(page.texts()).as("%s: #general on ada's page shows nothing said in #north or #south", SEND)
                .doesNotContain("said in north", "said in south");
        driver.switchTo().window(secondWindow);
        assertThat(page.texts()).as("%s: #south on bob's page shows what was said in #south only", SEND)
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
        bothJoin("team", "ada-chat", "bob-chat");

        driver.switchTo().window(firstWindow);
        page.say("hello, team");
        driver.switchTo().window(secondWindow);
        Shown hello = page.waitForMessage(SEND, "ada's message on bob's page", "hello, team");
        assertThat(hello.sender()).as("%s: the sender bob sees", SEND).isEqualTo("ada-chat");
        assertThat(hello.mine()).as("someone else's message is not marked as mine").isFalse();
        assertThat(Instant.parse(hello.time())).as("%s: the time the server gave the message", SEND)
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));

        page.say("hi, ada");
        driver.switchTo().window(firstWindow);
        Shown reply = page.waitForMessage(SEND, "bob's reply on ada's page", "hi, ada");
        assertThat(reply.seq()).as("%s: the room numbers its messages 1, 2, 3...: bob's reply comes right after ada's", SEND)
                .isEqualTo(hello.seq() + 1);
        assertThat(page.texts()).as("%s: ada's page shows her message once, as the server numbered it, then bob's", ONCE_IN_ORDER)
                .containsExactly("hello, team", "hi, ada");
        assertThat(page.shown().get(0).mine()).as("ada's own message, marked as hers").isTrue();
        assertThat(page.outgoing()).as("%s: once its copy shows, ada's message is no longer 'on its way'", ONCE_IN_ORDER).isEmpty();
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
        bothJoin("relay", "ada-relay", "bob-relay");
        driver.switchTo().window(firstWindow);
        page.script(FAULTY_NETWORK, "lost on the way");

        driver.switchTo().window(secondWindow);
        page.say("first");
        page.say("lost on the way");
        page.say("after the gap");
        driver.switchTo().window(firstWindow);
        page.waitForMessage(ONCE_IN_ORDER, "bob's last message on ada's page", "after the gap");

        assertThat(page.texts()).as("%s: drop a message seen already (seq <= last); for a gap (seq > last + 1) ask history",
                ONCE_IN_ORDER).containsExactly("first", "lost on the way", "after the gap");
        List<Long> seqs = page.shown().stream().map(Shown::seq).toList();
        assertThat(seqs.get(2) - seqs.get(0)).as("%s: the numbers of three messages in a row", ONCE_IN_ORDER).isEqualTo(2);
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @DisplayName("The member list and the room's count follow who joins and who leaves")
    void membersFollowJoinsAndLeaves() {
        bothJoin("den", "ada-members", "bob-members");

        driver.switchTo().window(firstWindow);
        page.waitUntil(WAIT, String.format("%s: bob in ada's member list of #den", JOIN), () -> page.members().size() == 2);
        assertThat(page.members()).as("%s: the members of #den, sorted", JOIN).containsExactly("ada-members", "bob-members");
        page.waitUntil(WAIT, String.format("%s: ada's room list counts 2 in #den", JOIN), () -> "2".equals(page.room("den").get("members")));

        driver.switchTo().window(secondWindow);
        page.click("#leave-room");
        page.waitUntil(WAIT, "bob's page leaves #den and shows #general", () -> "general".equals(page.currentRoom()));
        driver.switchTo().window(firstWindow);
        page.waitUntil(WAIT, String.format("%s: bob gone from ada's member list of #den", JOIN), () -> page.members().size() == 1);
        assertThat(page.members()).as("%s: the members of #den after bob left", JOIN).containsExactly("ada-members");
        page.waitUntil(WAIT, String.format("%s: ada's room list counts 1 in #den", JOIN), () -> "1".equals(page.room("den").get("members")));
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @DisplayName("While someone types in my room I read 'is typing', and it goes when they clear what they typed")
    void showsWhoIsTyping() {
        bothJoin("studio", "ada-typing", "bob-typing");

        driver.findElement(By.id("message")).sendKeys("hel");
        driver.switchTo().window(firstWindow);
        page.waitUntil(WAIT, String.format("%s: 'bob-typing is typing…' on ada's page", JOIN),
                () -> "bob-typing is typing…".equals(page.text("typing")));

        driver.switchTo().window(secondWindow);
        driver.findElement(By.id("message")).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        driver.switchTo().window(firstWindow);
        page.waitUntil(WAIT, "the typing indicator gone from ada's page once bob's field is empty", () -> page.text("typing").isEmpty());
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
        bothJoin("lab", "mallory", "<i>eve</i>");

        page.say(markup);
        driver.switchTo().window(firstWindow);
        Shown atMallory = page.waitForMessage(SEND, "eve's message on mallory's page", markup);
        assertThat(atMallory.sender()).as("a nickname from the network shows as text").isEqualTo("<i>eve</i>");
        page.waitUntil(WAIT, "eve in mallory's member list", () -> page.members().contains("<i>eve</i>"));
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
        page.signIn(firstWindow, "ada-unread");
        page.joinRoom("side");
        page.showRoom("general");
        page.signIn(secondWindow, "bob-unread");
        page.joinRoom("side");

        page.say("first, in side");
        page.say("second, in side");
        driver.switchTo().window(firstWindow);
        page.waitUntil(WAIT, String.format("%s: 2 unread on #side in ada's room list", ONCE_IN_ORDER), () -> "2".equals(page.room("side").get("unread")));
        assertThat(page.room("general").get("unread")).as("no unread count on the room on screen").isEqualTo("0");

        page.showRoom("side");
        assertThat(page.room("side").get("unread")).as("opening #side marks its messages read").isEqualTo("0");
        assertThat(page.texts()).as("%s: #side shows bob's two messages, in order", ONCE_IN_ORDER)
                .containsExactly("first, in side", "second, in side");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.3")
    @Tag("exercise-4.6")
    @DisplayName("A private message goes to the one person I clicked, and to no room")
    void sendsAPrivateMessage() {
        page.signIn(secondWindow, "bob-private");
        page.signIn(firstWindow, "ada-private");
        page.waitUntil(WAIT, String.format("%s: bob in ada's member list of #general", JOIN), () -> page.members().contains("bob-private"));

        page.script("document.querySelector('#members li[data-nickname=\"bob-private\"] .name').click();");
        assertThat(driver.findElement(By.id("private-to")).getDomProperty("value")).as("clicking a member addresses them")
                .isEqualTo("bob-private");
        driver.findElement(By.id("private-text")).sendKeys("just between us");
        driver.findElement(By.id("private-send")).click();
        page.waitUntil(WAIT, String.format("%s: ada's private message acknowledged", PRIVATE),
                () -> "acknowledged".equals(page.script("return document.querySelector('#private li')?.dataset.status ?? null")));

        driver.switchTo().window(secondWindow);
        page.waitUntil(WAIT, String.format("%s: ada's private message on bob's page", PRIVATE),
                () -> !driver.findElements(By.cssSelector("#private li[data-direction='in']")).isEmpty());
        assertThat(page.text("private")).as("%s: bob reads who wrote, and what", PRIVATE).contains("ada-private", "just between us");
        assertThat(page.texts()).as("%s: a private message is not said in a room", PRIVATE).doesNotContain("just between us");
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @DisplayName("Sending too fast: the messages past the burst show the server's reason instead of going")
    void showsTheRateLimit() {
        page.signIn(firstWindow, "ada-rush");
        page.joinRoom("rush");

        // 7 at once: the server lets 5 through, then 1 a second.
        page.script("for (let i = 1; i <= 7; i++) { document.getElementById('message').value = 'quick ' + i;"
                + " document.getElementById('composer').requestSubmit(); }");

        page.waitUntil(WAIT, String.format("%s: every one of the 7 messages shown or refused", RATE_LIMIT),
                () -> page.shown().size() + page.outgoing().stream().filter(o -> "refused".equals(o.get("status"))).count() == 7);
        List<Map<String, Object>> refused = page.outgoing();
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
        bothJoin("cove", "ada-away", "bob-away");
        page.say("before you left");
        driver.switchTo().window(firstWindow);
        page.waitForMessage(SEND, "bob's first message on ada's page", "before you left");

        page.click("#toggle-connection");
        page.waitUntil(WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(page.state()));
        driver.switchTo().window(secondWindow);
        page.say("while you were away");
        page.waitForMessage(SEND, "bob's message on his own page", "while you were away");
        driver.switchTo().window(firstWindow);
        page.click("#toggle-connection");

        page.waitForMessage(CATCH_UP, "what bob said while ada was away, on ada's page once she is back", "while you were away");
        assertThat(page.texts()).as("%s and %s: join again with {after: last seq}; each message once, in order", CATCH_UP, ONCE_IN_ORDER)
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
        bothJoin("bay", "ada-outbox", "bob-outbox");

        driver.switchTo().window(firstWindow);
        page.click("#toggle-connection");
        page.waitUntil(WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(page.state()));
        page.say("written while offline");
        assertThat(page.outgoing()).as("a message written offline waits in the outbox")
                .singleElement().satisfies(o -> assertThat(o.get("status")).isEqualTo("waiting"));
        page.click("#toggle-connection");

        page.waitForMessage(SEND, "ada's message, sent once she is back, on her page", "written while offline");
        driver.switchTo().window(secondWindow);
        page.waitForMessage(SEND, "ada's message, sent once she is back, on bob's page", "written while offline");
        assertThat(page.texts()).as("%s: the message written offline, once", SEND).containsOnlyOnce("written while offline");
        driver.switchTo().window(firstWindow);
        page.waitUntil(WAIT, "ada's outbox empty", () -> page.outgoing().isEmpty());
        assertThat(page.texts()).as("%s: ada's page shows her message once", ONCE_IN_ORDER).containsExactly("written while offline");
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
        bothJoin("harbor", "ada-restart", "bob-restart");
        page.say("before the restart");
        driver.switchTo().window(firstWindow);
        Shown before = page.waitForMessage(SEND, "bob's message on ada's page", "before the restart");

        app.restartChat();

        for (String window : List.of(firstWindow, secondWindow)) {
            driver.switchTo().window(window);
            page.waitUntil(RECONNECT_WAIT, "the page connected again by itself",
                    () -> "connected".equals(page.state()) && "2".equals(page.attribute("status", "data-connects")));
        }
        page.say("after the restart");
        driver.switchTo().window(firstWindow);
        Shown after = page.waitForMessage(CATCH_UP, "what bob said after the restart, on ada's page", "after the restart");
        assertThat(after.seq()).as("%s: the numbers go on across the restart: the messages are in the database", SEND)
                .isEqualTo(before.seq() + 1);
        assertThat(page.texts()).as("%s and %s: each message once after joining again with {after: last seq}", CATCH_UP, ONCE_IN_ORDER)
                .containsExactly("before the restart", "after the restart");
    }


    /** Signs {@code first} in the first window and {@code second} in the second, both into {@code room}; the second window stays active. */
    private static void bothJoin(String room, String first, String second) {
        page.signIn(firstWindow, first);
        page.joinRoom(room);
        page.signIn(secondWindow, second);
        page.joinRoom(room);
    }
}
