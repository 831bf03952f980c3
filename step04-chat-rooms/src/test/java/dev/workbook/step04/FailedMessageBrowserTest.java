package dev.workbook.step04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A message the server refuses for good, edited, in headless Chromium: a class of its own, since it
 * needs only joining (4.1, 4.2): a too-long text is refused before sending (4.5) and the rate limit
 * (4.3) look at it, and it is never received (4.7); see {@link OutboxBrowserTest} for the rest.
 */
@DisplayName("A failed message on the chat rooms page, in a real browser")
@BrowserTest
class FailedMessageBrowserTest {

    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @DisplayName("Edit on a message refused as too long puts its text back in the message field, from the keyboard too")
    void failedMessageCanBeEdited() {
        FIXTURE.page().signIn(FIXTURE.first(), "ada-edit");
        FIXTURE.page().joinRoom("loft");
        String tooLong = "y".repeat(ChatLimits.DEFAULT.maxTextChars() + 1);
        FIXTURE.page().sayByScript(tooLong);
        FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "ada's too long message shown as failed", () -> FIXTURE.page().failed().size() == 1);
        assertThat(FIXTURE.page().failed().get(0).get("code")).as("the server's code for a message over %d characters",
                ChatLimits.DEFAULT.maxTextChars()).isEqualTo("too-long");

        FIXTURE.driver().findElement(By.cssSelector("#messages li.failed button.edit")).sendKeys(Keys.ENTER);

        assertThat(FIXTURE.page().value("message"))
                .as("the message field after Edit on the failed message").isEqualTo(tooLong);
        assertThat(FIXTURE.page().failed()).as("the failed message, once it is back in the field").isEmpty();
    }
}
