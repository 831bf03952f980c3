package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;
import static dev.workbook.step04.Step04Exercises.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The chat rooms page in headless Chromium: a private message, as exercise 4.6 sends it. */
@DisplayName("The chat rooms page: private messages, in a real browser")
@BrowserTest
class PrivateMessagePageBrowserTest {

    private static final Duration WAIT = ChatRoomsPageReader.WAIT;
    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @Test
    @InARoom
    @Tag("exercise-4.3")
    @Tag("exercise-4.6")
    @DisplayName("A private message goes to the one person I clicked, and to no room")
    void sendsAPrivateMessage() {
        FIXTURE.page().signIn(FIXTURE.second(), "bob-private");
        FIXTURE.page().signIn(FIXTURE.first(), "ada-private");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: bob in ada's member list of #general", JOIN), () -> FIXTURE.page().members().contains("bob-private"));

        FIXTURE.page().click("#members li[data-nickname='bob-private'] .name");
        assertThat(FIXTURE.page().value("private-to")).as("clicking a member addresses them")
                .isEqualTo("bob-private");
        FIXTURE.driver().findElement(By.id("private-text")).sendKeys("just between us");
        FIXTURE.driver().findElement(By.id("private-send")).click();
        FIXTURE.page().waitUntil(WAIT, String.format("%s: ada's private message acknowledged", PRIVATE),
                () -> "acknowledged".equals(FIXTURE.page().page("status", "#private li")));

        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: ada's private message on bob's page", PRIVATE),
                () -> FIXTURE.page().count("#private li[data-direction='in']") > 0);
        assertThat(FIXTURE.page().text("private")).as("%s: bob reads who wrote, and what", PRIVATE).contains("ada-private", "just between us");
        assertThat(FIXTURE.page().texts()).as("%s: a private message is not said in a room", PRIVATE).doesNotContain("just between us");
    }
}
