package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.PageLayout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Joining on the chat page, in a real browser: a nickname already online is refused beside its
 * field, and a page that joined is ready to write in. These need only the handshake and presence
 * (3.1, 3.3); the chat's other page tests need every exercise.
 */
@DisplayName("Joining on the chat page, in a real browser")
@BrowserTest
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JoinPageBrowserTest {

    @RegisterExtension
    static final Step03PageFixture FIXTURE = new Step03PageFixture();

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("A look-alike of a nickname online is refused beside the nickname field, quoting both names as text")
    void showsTheNicknameOnlineBesideTheField() {
        FIXTURE.page().join(FIXTURE.second(), "<i>eve</i>");

        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().enterNicknameAndToken("<I>EVE</I>", Step03PageFixture.TOKEN);
        FIXTURE.page().waitUntil(SocketIoPageDriver.WAIT, String.format("%s: the page shows why the server refused a look-alike of"
                + " '<i>eve</i>'", HANDSHAKE), () -> !FIXTURE.page().text("nickname-error").isEmpty());

        assertThat(FIXTURE.page().text("nickname-error")).as("%s: the reason beside the nickname field", HANDSHAKE)
                .isEqualTo("The server refused you: '<I>EVE</I>' looks like '<i>eve</i>', who is online: choose another nickname");
        RefusedHandshakePageBrowserTest.assertFieldMarked(FIXTURE.page(), "nickname");
        assertThat(FIXTURE.driver().findElements(By.cssSelector("main i")))
                .as("%s: the refusal quotes the nicknames as text (textContent), never as markup", HANDSHAKE).isEmpty();
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("Once connected, the cursor is in the message box, and the box shows without scrolling on a laptop and a phone")
    void connectedPageIsReadyToWriteIn() {
        FIXTURE.page().join(FIXTURE.first(), "ada");

        assertThat(PageLayout.focusedId(FIXTURE.driver())).as("%s: the element with the keyboard focus once connected", HANDSHAKE)
                .isEqualTo("message");
        assertThat(PageLayout.belowTheFirstScreen(FIXTURE.driver(), "composer"))
                .as("where the message box and Send are out of sight until one scrolls (workbook.css, step03/style.css)")
                .isEmpty();
    }
}
