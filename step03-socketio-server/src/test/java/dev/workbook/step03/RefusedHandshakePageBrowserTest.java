package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.BrowserTest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page when the server refuses its handshake, in headless Chromium: the page's own code and
 * exercise 3.1, so these tests come long before those of the page's exercise, 3.6.
 */
@DisplayName("The chat page refused at the door, in a real browser")
@BrowserTest
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RefusedHandshakePageBrowserTest {

    private static final Duration WAIT = SocketIoPageDriver.WAIT;
    @RegisterExtension
    static final Step03PageFixture FIXTURE = new Step03PageFixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a nickname of 25 characters | abcdefghijklmnopqrstuvwxy | open sesame | nickname
            a nickname of spaces        | '   '                     | open sesame | nickname
            the wrong token             | trudy                     | let me in   | token
            """)
    @Tag("exercise-3.1")
    @DisplayName("A handshake the server refuses shows the server's reason beside the field at fault, and the form to try again")
    void showsWhyTheServerRefusedTheHandshake(String what, String nickname, String token, String field) {
        Throwable refusal = catchThrowable(() -> new HandshakeCheck(Step03PageFixture.TOKEN)
                .nicknameFrom(Map.of("nickname", nickname, "token", token)));
        assertThat(refusal).as("%s: the handshake check should refuse %s with a Refusal", HANDSHAKE, what)
                .isInstanceOf(Refusal.class);

        FIXTURE.driver().switchTo().window(FIXTURE.first());
        FIXTURE.page().enterNicknameAndToken(nickname, token);
        FIXTURE.page().waitUntil(WAIT, String.format("%s: the page shows why the server refused %s", HANDSHAKE, what),
                () -> !FIXTURE.page().text(field + "-error").isEmpty());

        assertThat(FIXTURE.page().text(field + "-error")).as("%s: the reason from connect_error, beside the %s field", HANDSHAKE, field)
                .isEqualTo("The server refused you: " + refusal.getMessage());
        assertFieldMarked(FIXTURE.page(), field);
        assertThat(FIXTURE.page().state()).as("%s: a refused page is offline: Socket.IO does not retry a refusal", HANDSHAKE)
                .isEqualTo("offline");
        assertThat(FIXTURE.driver().findElement(By.id("join-form")).isDisplayed()).as("%s: the join form is back, to try again", HANDSHAKE)
                .isTrue();
    }

    /** Checks that {@code field} points to its error and is marked invalid, and that the general error box is empty. */
    static void assertFieldMarked(SocketIoPageDriver page, String field) {
        WebElement input = page.driver().findElement(By.id(field));
        assertThat(input.getDomAttribute("aria-describedby")).as("%s: the %s field names its error for screen readers", HANDSHAKE, field)
                .contains(field + "-error");
        assertThat(input.getDomProperty("ariaInvalid")).as("%s: the refused %s field is marked aria-invalid", HANDSHAKE, field)
                .isEqualTo("true");
        assertThat(page.text("error")).as("%s: the general error box stays empty: the error belongs to the %s field", HANDSHAKE, field)
                .isEmpty();
    }
}
