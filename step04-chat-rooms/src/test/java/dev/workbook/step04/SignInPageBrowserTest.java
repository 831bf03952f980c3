package dev.workbook.step04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.PageAccessibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sign-in form in headless Chromium: a refused nickname says why beside the field. */
@DisplayName("The chat rooms page: signing in, in a real browser")
@BrowserTest
@Tag("support")
class SignInPageBrowserTest {

    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @Test
    @DisplayName("A look-alike of a nickname online is refused beside the nickname field, quoting both names as text")
    void refusedNicknameShowsBesideTheField() {
        try (RoomsTestClient eve = RoomsTestClient.connect(FIXTURE.app().socketPort(), RoomsTestClient.Transports.DEFAULT,
                "<i>eve</i>", Await.watching(FIXTURE.errors))) {
            FIXTURE.driver().switchTo().window(FIXTURE.first());
            FIXTURE.driver().findElement(By.id("nickname")).sendKeys("<I>EVE</I>");
            FIXTURE.driver().findElement(By.id("signin")).click();
            FIXTURE.page().waitUntil(ChatRoomsPageReader.WAIT, "the reason the server refused '<I>EVE</I>', beside the nickname field",
                    () -> !FIXTURE.page().text("nickname-error").isEmpty());

            WebElement field = FIXTURE.driver().findElement(By.id("nickname"));
            assertThat(FIXTURE.page().text("nickname-error")).as("the reason beside the nickname field")
                    .isEqualTo("The server refused you: '<I>EVE</I>' looks like '<i>eve</i>', who is online: choose another nickname");
            assertThat(field.getDomAttribute("aria-describedby")).as("the field names its error for screen readers")
                    .contains("nickname-error");
            assertThat(field.getDomProperty("ariaInvalid")).as("the refused field is marked aria-invalid").isEqualTo("true");
            assertThat(FIXTURE.page().text("error")).as("the general error box stays empty: the error belongs to the field").isEmpty();
            assertThat(FIXTURE.driver().findElements(By.cssSelector("main i")))
                    .as("the refusal quotes the nicknames as text (textContent), never as markup").isEmpty();
            assertThat(eve.connected()).as("eve, online all along, is still connected").isTrue();
        }
    }

    @Test
    @DisplayName("Before signing in, the page breaks no rule axe-core checks")
    void signInFormBreaksNoAccessibilityRule() {
        assertThat(PageAccessibility.violations(FIXTURE.driver()))
                .as("what axe-core finds wrong on the chat rooms page before signing in")
                .isEmpty();
    }
}
