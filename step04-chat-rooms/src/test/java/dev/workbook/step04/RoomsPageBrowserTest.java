package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The chat rooms page in headless Chromium: who is in a room, and who is typing, as exercise 4.2 makes them. */
@DisplayName("The chat rooms page: rooms and members, in a real browser")
@BrowserTest
class RoomsPageBrowserTest {

    private static final Duration WAIT = ChatRoomsPageReader.WAIT;
    @RegisterExtension
    static final ChatRoomsPageFixture FIXTURE = new ChatRoomsPageFixture();

    @Test
    @InARoom
    @DisplayName("The member list and the room's count follow who joins and who leaves")
    void membersFollowJoinsAndLeaves() {
        FIXTURE.bothJoin("den", "ada-members", "bob-members");

        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: bob in ada's member list of #den", JOIN), () -> FIXTURE.page().members().size() == 2);
        assertThat(FIXTURE.page().members()).as("%s: the members of #den, sorted", JOIN).containsExactly("ada-members", "bob-members");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: ada's room list counts 2 in #den", JOIN), () -> "2".equals(FIXTURE.page().room("den").get("members")));

        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.page().click("#leave-room");
        FIXTURE.page().waitUntil(WAIT, "bob's page leaves #den and shows #general", () -> "general".equals(FIXTURE.page().currentRoom()));
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: bob gone from ada's member list of #den", JOIN), () -> FIXTURE.page().members().size() == 1);
        assertThat(FIXTURE.page().members()).as("%s: the members of #den after bob left", JOIN).containsExactly("ada-members");
        FIXTURE.page().waitUntil(WAIT, String.format("%s: ada's room list counts 1 in #den", JOIN), () -> "1".equals(FIXTURE.page().room("den").get("members")));
    }

    @Test
    @InARoom
    @DisplayName("While someone types in my room I read 'is typing', and it goes when they clear what they typed")
    void showsWhoIsTyping() {
        FIXTURE.bothJoin("studio", "ada-typing", "bob-typing");

        FIXTURE.driver().findElement(By.id("message")).sendKeys("hel");
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, String.format("%s: 'bob-typing is typing…' on ada's page", JOIN),
                () -> "bob-typing is typing…".equals(FIXTURE.page().text("typing")));

        FIXTURE.driver().switchTo().window(FIXTURE.second());
        FIXTURE.driver().findElement(By.id("message")).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().waitUntil(WAIT, "the typing indicator gone from ada's page once bob's field is empty", () -> FIXTURE.page().text("typing").isEmpty());
    }
}
