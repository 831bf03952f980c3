package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static dev.workbook.step02.Step02Exercises.NICKNAMES;
import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.PageAccessibility;
import dev.workbook.testkit.PageLayout;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat page in headless Chromium: two windows, two people, driven the way a learner clicks.
 * How it reconnects is in {@link ReconnectPageBrowserTest}.
 */
@DisplayName("The chat page, in a real browser")
@BrowserTest
class ChatPageBrowserTest {

    private static final Duration WAIT = ChatPageDriver.WAIT;
    /** Four times the longest first reconnect wait (250 ms): a page that came back by itself would have. */
    private static final Duration QUIET_AFTER_LEAVE = Duration.ofSeconds(1);
    @RegisterExtension
    static final Step02PageFixture FIXTURE = new Step02PageFixture();

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Two people join under their own nicknames and read each other's messages; mine shows as delivered")
    void twoPeopleChat() {
        FIXTURE.page().join(FIXTURE.first(), "ada");
        FIXTURE.page().join(FIXTURE.second(), "bob");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: bob in ada's online list, from the 'joined' envelope", PRESENCE),
                () -> FIXTURE.page().onlineList().contains("bob"));

        FIXTURE.page().say("hello, bob");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: ada's own message marked delivered once the server sends it back", BROADCAST),
                () -> "delivered".equals(FIXTURE.page().statusOf("hello, bob")));

        FIXTURE.driver().switchTo().window(FIXTURE.second());
        WebElement atBob = FIXTURE.page().waitForMessage(String.format("%s: ada's message on bob's page", BROADCAST), "hello, bob");
        assertThat(atBob.findElement(By.className("sender")).getText()).as("%s: the sender bob sees", BROADCAST)
                .isEqualTo("ada");
        assertThat(atBob.getDomAttribute("class")).as("%s: someone else's message is not marked as mine", BROADCAST)
                .doesNotContain("mine");
        assertThat(FIXTURE.page().onlineList()).as("%s: who bob's page shows online, from its welcome", PRESENCE)
                .containsExactlyInAnyOrder("ada", "bob");

        FIXTURE.page().say("hi, ada");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitForMessage(String.format("%s: bob's answer on ada's page", BROADCAST), "hi, ada");
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Markup in a message or a nickname shows as the characters typed and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        FIXTURE.page().join(FIXTURE.first(), "mallory");
        FIXTURE.page().join(FIXTURE.second(), "<i>eve</i>");

        FIXTURE.page().say(markup);
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        WebElement atMallory = FIXTURE.page().waitForMessage(String.format("%s: eve's message on mallory's page", BROADCAST), markup);

        assertThat(atMallory.findElement(By.className("sender")).getText())
                .as("%s: a nickname from the network shows as text", BROADCAST).isEqualTo("<i>eve</i>");
        assertThat(FIXTURE.page().onlineList()).as("%s: the online list shows nicknames as text", PRESENCE).contains("<i>eve</i>");
        FIXTURE.assertMarkupShownAsText(BROADCAST);
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("After I click Leave, the page stays offline and does not come back by itself")
    void leavingDoesNotReconnect() {
        FIXTURE.page().join(FIXTURE.second(), "lin");
        FIXTURE.page().join(FIXTURE.first(), "hopper");
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: hopper in lin's online list, from the 'joined' envelope", PRESENCE),
                () -> FIXTURE.page().onlineList().contains("hopper"));

        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.driver().findElement(By.id("leave")).click();

        assertThat(FIXTURE.page().state()).as("%s: Leave puts the page offline at once", PRESENCE).isEqualTo("offline");
        assertThat(FIXTURE.driver().findElement(By.id("join-form")).isDisplayed()).as("%s: the join form is back after Leave", PRESENCE)
                .isTrue();
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: lin's page hears that hopper left", PRESENCE),
                () -> !FIXTURE.page().onlineList().contains("hopper"));
        FIXTURE.page().assertNeverWithin(QUIET_AFTER_LEAVE, String.format("%s: hopper back in lin's online list after Leave", PRESENCE),
                () -> FIXTURE.page().onlineList().contains("hopper"));
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A refused nickname says why right under the nickname field, as text, and marks the field invalid")
    void nicknameErrorShowsNextToTheField() {
        FIXTURE.page().join(FIXTURE.first(), "<i>eve</i>");

        FIXTURE.page().tryToJoin(FIXTURE.second(), "<I>EVE</I>");

        WebElement field = FIXTURE.driver().findElement(By.id("nickname"));
        assertThat(FIXTURE.page().text("nickname-error")).as("%s: the reason, under the nickname field, for a look-alike of '<i>eve</i>'",
                NICKNAMES).contains("nickname-taken").contains("looks like '<i>eve</i>'");
        assertThat(field.getDomAttribute("aria-describedby")).as("%s: the field names its error for screen readers", NICKNAMES)
                .contains("nickname-error");
        assertThat(field.getDomProperty("ariaInvalid")).as("%s: the refused field is marked aria-invalid", NICKNAMES).isEqualTo("true");
        assertThat(FIXTURE.page().text("error"))
                .as("%s: the general error box stays empty: the error belongs to the field", NICKNAMES).isEmpty();
        assertThat(FIXTURE.driver().findElements(By.cssSelector("main i")))
                .as("%s: the refusal quotes the nicknames as text, never as markup", NICKNAMES).isEmpty();
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("Once I joined, the cursor is in the message box, and the box shows without scrolling on a laptop and a phone")
    void joinedPageIsReadyToWriteIn() {
        FIXTURE.page().join(FIXTURE.first(), "ada");

        assertThat(PageLayout.focusedId(FIXTURE.driver())).as("%s: the element with the keyboard focus once joined", PRESENCE)
                .isEqualTo("message");
        assertThat(PageLayout.belowTheFirstScreen(FIXTURE.driver(), "composer"))
                .as("where the message box and Send are out of sight until one scrolls (the lesson's page, step02/style.css)")
                .isEmpty();
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Joined, with messages and notices on the list, the page breaks no rule axe-core checks")
    void breaksNoAccessibilityRule() {
        FIXTURE.page().join(FIXTURE.first(), "ada");
        FIXTURE.page().join(FIXTURE.second(), "bob");
        FIXTURE.page().say("hello, axe");
        FIXTURE.page().waitUntil(ChatPageDriver.WAIT, String.format("%s: bob's message marked delivered", BROADCAST),
                () -> "delivered".equals(FIXTURE.page().statusOf("hello, axe")));

        assertThat(PageAccessibility.violations(FIXTURE.driver()))
                .as("what axe-core finds wrong on the chat page (WCAG 2.1 A and AA, and best practices)")
                .isEmpty();
    }
}
