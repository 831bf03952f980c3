package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.BROADCAST;
import static dev.workbook.step02.Step02Exercises.NICKNAMES;
import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.PageAccessibility;
import dev.workbook.testkit.PageLayout;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TwoWindowBrowser;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat page in headless Chromium: two windows, two people, driven the way a learner clicks.
 * How it reconnects is in {@link ReconnectPageBrowserTest}.
 */
@DisplayName("The chat page, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatPageBrowserTest {

    private static final Duration WAIT = ChatPageDriver.WAIT;
    /** Four times the longest first reconnect wait (250 ms): a page that came back by itself would have. */
    private static final Duration QUIET_AFTER_LEAVE = Duration.ofSeconds(1);
    private static final ServerErrors SERVER_ERRORS = new ServerErrors();
    @RegisterExtension
    static final TwoWindowBrowser BROWSER = new TwoWindowBrowser();
    private static final ChatPageDriver PAGE = new ChatPageDriver(BROWSER, SERVER_ERRORS);
    private static Step02App app;

    @BeforeAll
    static void startApp() throws IOException {
        app = Step02App.start(new Step02Settings("127.0.0.1", 0, 0), SERVER_ERRORS);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    /** A fresh page in both windows: loading it again closes the previous test's connections. */
    @BeforeEach
    void openFreshPages() {
        SERVER_ERRORS.clear();
        BROWSER.openInBoth(app.pageUrl());
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Two people join under their own nicknames and read each other's messages; mine shows as delivered")
    void twoPeopleChat() {
        PAGE.join(BROWSER.first(), "ada");
        PAGE.join(BROWSER.second(), "bob");
        PAGE.driver().switchTo().window(BROWSER.first());
        PAGE.waitUntil(WAIT, String.format("%s: bob in ada's online list, from the 'joined' envelope", PRESENCE),
                () -> PAGE.onlineList().contains("bob"));

        PAGE.say("hello, bob");
        PAGE.waitUntil(WAIT, String.format("%s: ada's own message marked delivered once the server sends it back", BROADCAST),
                () -> "delivered".equals(PAGE.statusOf("hello, bob")));

        PAGE.driver().switchTo().window(BROWSER.second());
        WebElement atBob = PAGE.waitForMessage(String.format("%s: ada's message on bob's page", BROADCAST), "hello, bob");
        assertThat(atBob.findElement(By.className("sender")).getText()).as("%s: the sender bob sees", BROADCAST)
                .isEqualTo("ada");
        assertThat(atBob.getDomAttribute("class")).as("%s: someone else's message is not marked as mine", BROADCAST)
                .doesNotContain("mine");
        assertThat(PAGE.onlineList()).as("%s: who bob's page shows online, from its welcome", PRESENCE)
                .containsExactlyInAnyOrder("ada", "bob");

        PAGE.say("hi, ada");
        PAGE.driver().switchTo().window(BROWSER.first());
        PAGE.waitForMessage(String.format("%s: bob's answer on ada's page", BROADCAST), "hi, ada");
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @Tag("exercise-2.4")
    @DisplayName("Markup in a message or a nickname shows as the characters typed and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        PAGE.join(BROWSER.first(), "mallory");
        PAGE.join(BROWSER.second(), "<i>eve</i>");

        PAGE.say(markup);
        PAGE.driver().switchTo().window(BROWSER.first());
        WebElement atMallory = PAGE.waitForMessage(String.format("%s: eve's message on mallory's page", BROADCAST), markup);

        assertThat(atMallory.findElement(By.className("sender")).getText())
                .as("%s: a nickname from the network shows as text", BROADCAST).isEqualTo("<i>eve</i>");
        assertThat(PAGE.onlineList()).as("%s: the online list shows nicknames as text", PRESENCE).contains("<i>eve</i>");
        for (String window : List.of(BROWSER.first(), BROWSER.second())) {
            PAGE.driver().switchTo().window(window);
            assertThat(PAGE.driver().findElements(By.cssSelector("main img, main i")))
                    .as("%s: show network text with textContent, never innerHTML: markup became an element", BROADCAST)
                    .isEmpty();
        }
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("After I click Leave, the page stays offline and does not come back by itself")
    void leavingDoesNotReconnect() {
        PAGE.join(BROWSER.second(), "lin");
        PAGE.join(BROWSER.first(), "hopper");
        PAGE.driver().switchTo().window(BROWSER.second());
        PAGE.waitUntil(WAIT, String.format("%s: hopper in lin's online list, from the 'joined' envelope", PRESENCE),
                () -> PAGE.onlineList().contains("hopper"));

        PAGE.driver().switchTo().window(BROWSER.first());
        PAGE.driver().findElement(By.id("leave")).click();

        assertThat(PAGE.state()).as("%s: Leave puts the page offline at once", PRESENCE).isEqualTo("offline");
        assertThat(PAGE.driver().findElement(By.id("join-form")).isDisplayed()).as("%s: the join form is back after Leave", PRESENCE)
                .isTrue();
        PAGE.driver().switchTo().window(BROWSER.second());
        PAGE.waitUntil(WAIT, String.format("%s: lin's page hears that hopper left", PRESENCE), () -> !PAGE.onlineList().contains("hopper"));
        PAGE.assertNeverWithin(QUIET_AFTER_LEAVE, String.format("%s: hopper back in lin's online list after Leave", PRESENCE),
                () -> PAGE.onlineList().contains("hopper"));
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("A refused nickname says why right under the nickname field, as text, and marks the field invalid")
    void nicknameErrorShowsNextToTheField() {
        PAGE.join(BROWSER.first(), "<i>eve</i>");

        PAGE.tryToJoin(BROWSER.second(), "<I>EVE</I>");

        WebElement field = PAGE.driver().findElement(By.id("nickname"));
        assertThat(PAGE.text("nickname-error")).as("%s: the reason, under the nickname field, for a look-alike of '<i>eve</i>'",
                NICKNAMES).contains("nickname-taken").contains("looks like '<i>eve</i>'");
        assertThat(field.getDomAttribute("aria-describedby")).as("%s: the field names its error for screen readers", NICKNAMES)
                .contains("nickname-error");
        assertThat(field.getDomProperty("ariaInvalid")).as("%s: the refused field is marked aria-invalid", NICKNAMES).isEqualTo("true");
        assertThat(PAGE.text("error")).as("%s: the general error box stays empty: the error belongs to the field", NICKNAMES).isEmpty();
        assertThat(PAGE.driver().findElements(By.cssSelector("main i")))
                .as("%s: the refusal quotes the nicknames as text, never as markup", NICKNAMES).isEmpty();
    }

    @Test
    @Tag("exercise-2.1")
    @Tag("exercise-2.2")
    @Tag("exercise-2.3")
    @DisplayName("Once I joined, the cursor is in the message box, and the box shows without scrolling on a laptop and a phone")
    void joinedPageIsReadyToWriteIn() {
        PAGE.join(BROWSER.first(), "ada");

        assertThat(PageLayout.focusedId(PAGE.driver())).as("%s: the element with the keyboard focus once joined", PRESENCE)
                .isEqualTo("message");
        assertThat(PageLayout.belowTheFirstScreen(PAGE.driver(), "composer"))
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
        PAGE.join(BROWSER.first(), "ada");
        PAGE.join(BROWSER.second(), "bob");
        PAGE.say("hello, axe");
        PAGE.waitUntil(ChatPageDriver.WAIT, String.format("%s: bob's message marked delivered", BROADCAST),
                () -> "delivered".equals(PAGE.statusOf("hello, axe")));

        assertThat(PageAccessibility.violations(PAGE.driver()))
                .as("what axe-core finds wrong on the chat page (WCAG 2.1 A and AA, and best practices)")
                .isEmpty();
    }
}
