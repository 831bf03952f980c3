package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.PAGE_ACK;
import static dev.workbook.step03.Step03Exercises.PAYLOAD;
import static dev.workbook.step03.Step03Exercises.PRESENCE;
import static dev.workbook.step03.Step03Exercises.TO_EVERYONE;
import static dev.workbook.step03.Step03Exercises.TO_OTHERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.PageAccessibility;
import dev.workbook.testkit.SocketIoPageHook;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The chat page in headless Chromium, on the real Socket.IO browser client: two windows, two people. */
@DisplayName("The chat page, in a real browser")
@BrowserTest
class ChatPageBrowserTest {

    private static final Duration WAIT = SocketIoPageDriver.WAIT;
    /**
     * Outlasts, from the send, the page's acknowledgement timeout (a server setting) by this much: a
     * timer the send starts, or starts a little later, runs out while the page is still offline.
     */
    private static final Duration OUTAGE_MARGIN = Duration.ofMillis(250);
    /** The outage of the test below, counted from the send of the message written during it. */
    private static final Duration OUTAGE = Step03PageFixture.SETTINGS.ackTimeout().plus(OUTAGE_MARGIN);

    @RegisterExtension
    static final Step03PageFixture FIXTURE = new Step03PageFixture();

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.5")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("Two people join, see each other arrive and read each other's messages; mine show as acknowledged")
    void twoPeopleChat() {
        FIXTURE.page().join(FIXTURE.first(), "ada");
        FIXTURE.page().join(FIXTURE.second(), "bob");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: ada's page tells that bob joined, and that 2 are online", PRESENCE),
                () -> FIXTURE.page().notices().contains("bob joined · 2 online"));
        assertThat(FIXTURE.page().text("online-count")).as("%s: the count of people online on ada's page", PRESENCE).isEqualTo("2");

        FIXTURE.page().say("hello, bob");
        FIXTURE.page().assertAcknowledged("hello, bob", TO_EVERYONE);
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        SocketIoPageDriver.Shown atBob = FIXTURE.page().waitForMessage(String.format("%s: ada's message on bob's page", TO_EVERYONE),
                "hello, bob");
        assertThat(atBob.sender()).as("%s: the sender bob sees", TO_EVERYONE).isEqualTo("ada");
        assertThat(atBob.mine()).as("%s: someone else's message is not marked as mine", TO_EVERYONE).isFalse();

        FIXTURE.driver().findElement(By.id("to-others")).click();
        FIXTURE.page().say("just for ada");
        FIXTURE.page().assertAcknowledged("just for ada", TO_OTHERS);
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitForMessage(String.format("%s: bob's message to everyone but himself on ada's page", TO_OTHERS), "just for ada");
        assertThat(FIXTURE.page().messages("hello, bob"))
                .as("%s: ada's own message, once, although the server sent it back to her", TO_EVERYONE)
                .hasSize(1);
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        assertThat(FIXTURE.page().messages("just for ada")).as("%s: bob's message to the others, shown once on his page", TO_OTHERS)
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
        FIXTURE.page().join(FIXTURE.first(), "mallory");
        FIXTURE.page().join(FIXTURE.second(), "<i>eve</i>");

        FIXTURE.page().say(markup);
        FIXTURE.page().assertAcknowledged(markup, TO_EVERYONE);
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        SocketIoPageDriver.Shown atMallory = FIXTURE.page().waitForMessage(
                String.format("%s: eve's message on mallory's page", TO_EVERYONE), markup);
        assertThat(atMallory.sender()).as("%s: a nickname from the network shows as text", TO_EVERYONE).isEqualTo("<i>eve</i>");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: mallory's page tells that <i>eve</i> joined, as text", PRESENCE),
                () -> FIXTURE.page().notices().contains("<i>eve</i> joined · 2 online"));
        FIXTURE.assertMarkupShownAsText(TO_EVERYONE);
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("When the server restarts, Socket.IO reconnects the page by itself, as a new session, and I can chat again")
    void reconnectsAfterARestart() throws IOException {
        FIXTURE.page().join(FIXTURE.first(), "grace");
        String firstSession = FIXTURE.page().text("session-id");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: grace's page tells that grace joined", PRESENCE),
                () -> FIXTURE.page().notices().contains("grace joined · 1 online"));
        SocketIoPageHook.reconnectSoon(FIXTURE.driver());

        FIXTURE.app().restartChat();

        FIXTURE.page().waitUntil(WAIT, "the page notices that the connection dropped (a 'Connection lost' notice)",
                () -> !FIXTURE.driver().findElements(By.cssSelector("#messages .notice[data-kind='lost']")).isEmpty());
        FIXTURE.page().waitUntil(WAIT, "the page connected again by itself, or showing why not",
                () -> "connected".equals(FIXTURE.page().state()) || !FIXTURE.page().text("error").isEmpty());
        assertThat(FIXTURE.page().state()).as("Socket.IO should reconnect the page by itself; it shows '%s' and the error '%s'",
                FIXTURE.page().text("state"), FIXTURE.page().text("error")).isEqualTo("connected");
        assertThat(FIXTURE.page().text("session-id")).as("a reconnection is a new session, with a new id").isNotEqualTo(firstSession);
        FIXTURE.page().waitUntil(WAIT, String.format("%s: the restarted server tells that grace joined again", PRESENCE),
                () -> FIXTURE.page().notices().stream().filter("grace joined · 1 online"::equals).count() == 2);

        FIXTURE.page().say("back again");
        FIXTURE.page().assertAcknowledged("back again", TO_EVERYONE);
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
        FIXTURE.page().join(FIXTURE.first(), "sam");

        FIXTURE.page().say(spaces);

        FIXTURE.page().awaitOutcome(spaces);
        assertThat(FIXTURE.page().statusText(spaces)).as("%s: report {ok: false, error} with ui.refused(error)", PAGE_ACK)
                .isEqualTo("refused: " + refusal.getMessage());
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.4")
    @Tag("exercise-3.3")
    @Tag("exercise-3.6")
    @DisplayName("A message written during an outage longer than the acknowledgement timeout goes out once the page is back")
    void sendsWhatWasWrittenDuringALongOutage() {
        FIXTURE.page().join(FIXTURE.first(), "otto");
        FIXTURE.page().dropConnection();
        FIXTURE.page().waitUntil(WAIT, "the page reconnecting after its connection closed",
                () -> "reconnecting".equals(FIXTURE.page().state()));

        FIXTURE.page().sayThenReconnectIn("through the outage", OUTAGE);
        FIXTURE.page().waitUntil(OUTAGE.plus(WAIT), "the page connected again after its " + OUTAGE.toMillis() + " ms outage",
                () -> "connected".equals(FIXTURE.page().state()));

        FIXTURE.page().assertAcknowledged("through the outage", TO_EVERYONE);
        assertThat(FIXTURE.page().messages("through the outage"))
                .as("%s: the message written during the outage, on the page once", PAGE_ACK)
                .hasSize(1);
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.2")
    @Tag("exercise-3.3")
    @Tag("exercise-3.4")
    @Tag("exercise-3.6")
    @DisplayName("Connected, with a message and notices on the list, the page breaks no rule axe-core checks")
    void breaksNoAccessibilityRule() {
        FIXTURE.page().join(FIXTURE.first(), "ada");
        FIXTURE.page().say("hello, axe");
        FIXTURE.page().assertAcknowledged("hello, axe", TO_EVERYONE);

        assertThat(PageAccessibility.violations(FIXTURE.driver()))
                .as("what axe-core finds wrong on the chat page (WCAG 2.1 A and AA, and best practices)")
                .isEmpty();
    }
}
