package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.ONCE_IN_ORDER;
import static dev.workbook.step04.Step04Exercises.RATE_LIMIT;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.step04.ChatRoomsPageReader.Shown;
import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.PageAccessibility;
import dev.workbook.testkit.TestScripts;
import io.socket.client.Socket;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chat rooms page in headless Chromium, on the real Socket.IO browser client: two windows, two
 * people, and the page's exercise, 4.7. Rooms and members are in {@link RoomsPageBrowserTest},
 * private messages in {@link PrivateMessagePageBrowserTest}.
 */
@DisplayName("The chat rooms page, in a real browser")
@BrowserTest
class ChatRoomsBrowserTest {

    /** Enough for a page on loopback, and for a fresh page to connect. */
    private static final Duration WAIT = ChatRoomsPageReader.WAIT;

    /** A network that delivers every room message twice, and loses the first live one with the text arguments[0]. */
    private static final String FAULTY_NETWORK = TestScripts.read(ChatRoomsBrowserTest.class, "faulty-network.js");

    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("A message said in one room shows in that room only")
    void roomsKeepTheirMessagesApart() {
        FIXTURE.page().signIn(FIXTURE.first(), "ada-apart");
        FIXTURE.page().joinRoom("north");
        FIXTURE.page().signIn(FIXTURE.second(), "bob-apart");
        FIXTURE.page().joinRoom("south");

        FIXTURE.page().say("said in south");
        FIXTURE.page().waitForMessage(SEND, "bob's message in #south, on his page", "said in south");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().say("said in north");
        FIXTURE.page().waitForMessage(SEND, "ada's message in #north, on her page", "said in north");

        assertThat(FIXTURE.page().texts()).as("%s: #north on ada's page shows what was said in #north only", SEND)
                .containsExactly("said in north");
        FIXTURE.page().showRoom("general");
        assertThat(FIXTURE.page().texts()).as("%s: #general on ada's page shows nothing said in #north or #south", SEND)
                .doesNotContain("said in north", "said in south");
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        assertThat(FIXTURE.page().texts()).as("%s: #south on bob's page shows what was said in #south only", SEND)
                .containsExactly("said in south");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("Two people in the same room read each other's messages, with sender, time and numbers in order")
    void twoPeopleInOneRoomChat() {
        FIXTURE.bothJoin("team", "ada-chat", "bob-chat");

        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().say("hello, team");
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        Shown hello = FIXTURE.page().waitForMessage(SEND, "ada's message on bob's page", "hello, team");
        assertThat(hello.sender()).as("%s: the sender bob sees", SEND).isEqualTo("ada-chat");
        assertThat(hello.mine()).as("someone else's message is not marked as mine").isFalse();
        assertThat(Instant.parse(hello.time())).as("%s: the time the server gave the message", SEND)
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));

        FIXTURE.page().say("hi, ada");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        Shown reply = FIXTURE.page().waitForMessage(SEND, "bob's reply on ada's page", "hi, ada");
        assertThat(reply.seq()).as("%s: the room numbers its messages 1, 2, 3...: bob's reply comes right after ada's", SEND)
                .isEqualTo(hello.seq() + 1);
        assertThat(FIXTURE.page().texts()).as("%s: ada's page shows her message once, as the server numbered it, then bob's", ONCE_IN_ORDER)
                .containsExactly("hello, team", "hi, ada");
        assertThat(FIXTURE.page().shown().get(0).mine()).as("ada's own message, marked as hers").isTrue();
        assertThat(FIXTURE.page().outgoing()).as("%s: once its copy shows, ada's message is no longer 'on its way'", ONCE_IN_ORDER).isEmpty();
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @Tag("exercise-4.7")
    @DisplayName("Each message shows once and in order, even when the network repeats every one and loses one")
    void showsEachMessageOnceInOrder() {
        FIXTURE.bothJoin("relay", "ada-relay", "bob-relay");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        assertThat(FIXTURE.page().asyncScript(FAULTY_NETWORK, "lost on the way")).as("the faulty network, put in place").isEqualTo("ready");

        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().say("first");
        FIXTURE.page().say("lost on the way");
        FIXTURE.page().say("after the gap");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitForMessage(ONCE_IN_ORDER, "bob's last message on ada's page", "after the gap");

        assertThat(FIXTURE.page().texts()).as("%s: drop a message seen already (seq <= last); for a gap (seq > last + 1) ask history",
                ONCE_IN_ORDER).containsExactly("first", "lost on the way", "after the gap");
        List<Long> seqs = FIXTURE.page().shown().stream().map(Shown::seq).toList();
        assertThat(seqs.get(2) - seqs.get(0)).as("%s: the numbers of three messages in a row", ONCE_IN_ORDER).isEqualTo(2);
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("Markup in a message or a nickname shows as the characters typed and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        FIXTURE.bothJoin("lab", "mallory", "<i>eve</i>");

        FIXTURE.page().say(markup);
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        Shown atMallory = FIXTURE.page().waitForMessage(SEND, "eve's message on mallory's page", markup);
        assertThat(atMallory.sender()).as("a nickname from the network shows as text").isEqualTo("<i>eve</i>");
        FIXTURE.page().waitUntil(WAIT, "eve in mallory's member list", () -> FIXTURE.page().members().contains("<i>eve</i>"));
        FIXTURE.assertMarkupShownAsText(SEND);
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("Messages in a room I am in but not looking at count as unread until I open it")
    void countsUnreadMessagesOfOtherRooms() {
        FIXTURE.page().signIn(FIXTURE.first(), "ada-unread");
        FIXTURE.page().joinRoom("side");
        FIXTURE.page().showRoom("general");
        FIXTURE.page().signIn(FIXTURE.second(), "bob-unread");
        FIXTURE.page().joinRoom("side");

        FIXTURE.page().say("first, in side");
        FIXTURE.page().say("second, in side");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: 2 unread on #side in ada's room list", ONCE_IN_ORDER), () -> "2".equals(FIXTURE.page().room("side").get("unread")));
        assertThat(FIXTURE.page().room("general").get("unread")).as("no unread count on the room on screen").isEqualTo("0");

        FIXTURE.page().showRoom("side");
        assertThat(FIXTURE.page().room("side").get("unread")).as("opening #side marks its messages read").isEqualTo("0");
        assertThat(FIXTURE.page().texts()).as("%s: #side shows bob's two messages, in order", ONCE_IN_ORDER)
                .containsExactly("first, in side", "second, in side");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.7")
    @DisplayName("Sending too fast: the messages past the burst wait as the server asks, then go, in order")
    void pacesABurstByTheRateLimit() {
        FIXTURE.page().signIn(FIXTURE.first(), "ada-rush");
        FIXTURE.page().joinRoom("rush");

        // 7 at once: the server lets 5 through, then 20 a second (the fixture's LIMITS); the outbox waits retryAfterMs and sends again.
        FIXTURE.page().burst(IntStream.rangeClosed(1, 7).mapToObj(i -> "quick " + i).toList());

        FIXTURE.page().waitUntil(WAIT, String.format("%s: all 7 messages shown, none left on its way", RATE_LIMIT),
                () -> FIXTURE.page().shown().size() == 7 && FIXTURE.page().outgoing().isEmpty());
        assertThat(FIXTURE.page().failed()).as("%s: a rate-limited message is sent again later, never failed", RATE_LIMIT).isEmpty();
        assertThat(FIXTURE.page().texts()).as("%s: the 7 messages, each once, in the order written", ONCE_IN_ORDER)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 7).mapToObj(i -> "quick " + i).toList());
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @Tag("exercise-4.7")
    @DisplayName("Back from offline, the page shows what was said while it was away, once")
    void catchesUpAfterBeingAway() {
        FIXTURE.bothJoin("cove", "ada-away", "bob-away");
        FIXTURE.page().say("before you left");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitForMessage(SEND, "bob's first message on ada's page", "before you left");

        FIXTURE.page().click("#toggle-connection");
        FIXTURE.page().waitUntil(WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(FIXTURE.page().state()));
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().say("while you were away");
        FIXTURE.page().waitForMessage(SEND, "bob's message on his own page", "while you were away");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().click("#toggle-connection");

        FIXTURE.page().waitForMessage(CATCH_UP, "what bob said while ada was away, on ada's page once she is back", "while you were away");
        assertThat(FIXTURE.page().texts()).as("%s and %s: join again with {after: last seq}; each message once, in order", CATCH_UP, ONCE_IN_ORDER)
                .containsExactly("before you left", "while you were away");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @Tag("exercise-4.7")
    @DisplayName("What I write while offline is sent when the page is back, and arrives once")
    void sendsWhatWaitedInTheOutbox() {
        FIXTURE.bothJoin("bay", "ada-outbox", "bob-outbox");

        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().click("#toggle-connection");
        FIXTURE.page().waitUntil(WAIT, "ada's page offline after 'Go offline'", () -> "offline".equals(FIXTURE.page().state()));
        FIXTURE.page().say("written while offline");
        assertThat(FIXTURE.page().outgoing()).as("a message written offline waits in the outbox")
                .singleElement().satisfies(o -> assertThat(o.get("status")).isEqualTo("waiting"));
        FIXTURE.page().click("#toggle-connection");

        FIXTURE.page().waitForMessage(SEND, "ada's message, sent once she is back, on her page", "written while offline");
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().waitForMessage(SEND, "ada's message, sent once she is back, on bob's page", "written while offline");
        assertThat(FIXTURE.page().texts()).as("%s: the message written offline, once", SEND).containsOnlyOnce("written while offline");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, "ada's outbox empty", () -> FIXTURE.page().outgoing().isEmpty());
        assertThat(FIXTURE.page().texts()).as("%s: ada's page shows her message once", ONCE_IN_ORDER).containsExactly("written while offline");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @Tag("exercise-4.7")
    @DisplayName("When the server restarts, the pages reconnect by themselves, join their rooms again and chat on where they were")
    void recoversFromARestart() throws IOException {
        FIXTURE.bothJoin("harbor", "ada-restart", "bob-restart");
        FIXTURE.page().say("before the restart");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        Shown before = FIXTURE.page().waitForMessage(SEND, "bob's message on ada's page", "before the restart");
        FIXTURE.bothWindows(FIXTURE.page()::reconnectSoon);

        FIXTURE.app().restartChat();

        for (String window : List.of(FIXTURE.first(), FIXTURE.second())) {
            FIXTURE.driver().switchTo().window(window);
            FIXTURE.page().waitUntil(WAIT, "the page connected again by itself",
                    () -> "connected".equals(FIXTURE.page().state()) && "2".equals(FIXTURE.page().attribute("status", "data-connects")));
        }
        FIXTURE.page().say("after the restart");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        Shown after = FIXTURE.page().waitForMessage(CATCH_UP, "what bob said after the restart, on ada's page", "after the restart");
        assertThat(after.seq()).as("%s: the numbers go on across the restart: the messages are in the database", SEND)
                .isEqualTo(before.seq() + 1);
        assertThat(FIXTURE.page().texts()).as("%s and %s: each message once after joining again with {after: last seq}", CATCH_UP, ONCE_IN_ORDER)
                .containsExactly("before the restart", "after the restart");
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.6")
    @Tag("exercise-4.7")
    @DisplayName("Signed in, with messages, a failed one, a private one and unread ones, the page breaks no rule axe-core checks")
    void breaksNoAccessibilityRule() {
        FIXTURE.page().signIn(FIXTURE.second(), "bob-axe");
        FIXTURE.page().joinRoom("side");
        FIXTURE.page().signIn(FIXTURE.first(), "ada-axe");
        FIXTURE.page().joinRoom("side");
        FIXTURE.page().showRoom("general");
        FIXTURE.page().say("hello, axe");
        FIXTURE.page().sayByScript("   ");
        FIXTURE.page().waitUntil(WAIT, "ada's message shown, and her message of spaces failed",
                () -> FIXTURE.page().texts().contains("hello, axe") && FIXTURE.page().failed().size() == 1);
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().say("unread on ada's page");
        FIXTURE.page().page("privately", "ada-axe", "just for you");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, "bob's message unread on ada's page, and his private message",
                () -> "1".equals(FIXTURE.page().room("side").get("unread")) && FIXTURE.page().count("#private li[data-direction='in']") > 0);

        assertThat(PageAccessibility.violations(FIXTURE.driver()))
                .as("what axe-core finds wrong on the chat rooms page (WCAG 2.1 A and AA, and best practices)")
                .isEmpty();
    }
}
