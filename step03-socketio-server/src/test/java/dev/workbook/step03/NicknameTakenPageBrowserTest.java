package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.HANDSHAKE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TwoWindowBrowser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A nickname already online, refused in a real browser: the reason shows beside the nickname field. */
@DisplayName("The chat page refused a nickname someone online has, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NicknameTakenPageBrowserTest {

    private static final String TOKEN = "open sesame";
    private static final ServerErrors SERVER_ERRORS = new ServerErrors();
    @RegisterExtension
    static final TwoWindowBrowser BROWSER = new TwoWindowBrowser();
    private static final SocketIoPageDriver PAGE = new SocketIoPageDriver(BROWSER, SERVER_ERRORS, TOKEN);
    private static Step03App app;

    @BeforeAll
    static void startApp() throws IOException {
        app = Step03App.start(Step03Settings.forTests().withToken(TOKEN), SERVER_ERRORS);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Tag("exercise-3.1")
    @Tag("exercise-3.3")
    @DisplayName("A look-alike of a nickname online is refused beside the nickname field, quoting both names as text")
    void showsTheNicknameOnlineBesideTheField() {
        BROWSER.openInBoth(app.pageUrl());
        PAGE.join(BROWSER.second(), "<i>eve</i>");

        PAGE.driver().switchTo().window(BROWSER.first());
        PAGE.enterNicknameAndToken("<I>EVE</I>", TOKEN);
        PAGE.waitUntil(SocketIoPageDriver.WAIT, String.format("%s: the page shows why the server refused a look-alike of"
                + " '<i>eve</i>'", HANDSHAKE), () -> !PAGE.text("nickname-error").isEmpty());

        assertThat(PAGE.text("nickname-error")).as("%s: the reason beside the nickname field", HANDSHAKE)
                .isEqualTo("The server refused you: '<I>EVE</I>' looks like '<i>eve</i>', who is online: choose another nickname");
        RefusedHandshakePageBrowserTest.assertFieldMarked(PAGE, "nickname");
        assertThat(PAGE.driver().findElements(By.cssSelector("main i")))
                .as("%s: the refusal quotes the nicknames as text (textContent), never as markup", HANDSHAKE).isEmpty();
    }
}
