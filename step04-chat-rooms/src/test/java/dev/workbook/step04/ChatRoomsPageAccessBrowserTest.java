package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.PageAccessibility;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chat rooms page for everyone: the keyboard, screen readers (axe-core's rules), a laptop's and a phone's screen. */
@DisplayName("The chat rooms page: keyboard, screen readers and small screens, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatRoomsPageAccessBrowserTest {

    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @ParameterizedTest(name = "in a window of {0} x {1}")
    @CsvSource({"1280, 800, false", "375, 667, true"})
    @InARoom
    @DisplayName("Once signed in, the cursor is in the message box, and the composer shows without scrolling")
    void signedInTheComposerIsReady(int width, int height, boolean phone) {
        FIXTURE.page().showAs(width, height, phone);
        try {
            FIXTURE.page().signIn(FIXTURE.first(), "ada-screen");
            FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, String.format("%s: the message box enabled and focused", JOIN),
                    () -> "message".equals(FIXTURE.page().focused()));

            Map<String, Object> composer = FIXTURE.page().composer();
            assertThat(composer.get("windowWidth")).as("the window's width").isEqualTo((long) width);
            assertThat(number(composer, "top")).as("the composer's top edge, in a window %d high: on screen", height)
                    .isGreaterThanOrEqualTo(0);
            assertThat(number(composer, "bottom")).as("the composer's bottom edge, in a window %d high: on screen", height)
                    .isLessThanOrEqualTo(number(composer, "windowHeight"));
        } finally {
            FIXTURE.page().showAsUsual();
        }
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
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "ada's message shown, and her message of spaces failed",
                () -> FIXTURE.page().texts().contains("hello, axe") && FIXTURE.page().failed().size() == 1);
        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().say("unread on ada's page");
        FIXTURE.page().page("privately", "ada-axe", "just for you");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "bob's message unread on ada's page, and his private message",
                () -> "1".equals(FIXTURE.page().room("side").get("unread")) && FIXTURE.page().count("#private li[data-direction='in']") > 0);

        assertThat(PageAccessibility.violations(FIXTURE.driver()))
                .as("what axe-core finds wrong on the chat rooms page (WCAG 2.1 A and AA, and best practices)")
                .isEmpty();
    }

    @Test
    @Tag("support")
    @DisplayName("Before signing in, the page breaks no rule axe-core checks")
    void signInFormBreaksNoAccessibilityRule() {
        assertThat(PageAccessibility.violations(FIXTURE.driver()))
                .as("what axe-core finds wrong on the chat rooms page before signing in")
                .isEmpty();
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
