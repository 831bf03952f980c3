package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chat rooms page on a laptop's screen and a phone's, as Chromium's device emulation shows it.
 * What axe-core checks is in {@link ChatRoomsBrowserTest} and {@link SignInPageBrowserTest}.
 */
@DisplayName("The chat rooms page on a laptop's and a phone's screen, in a real browser")
@BrowserTest
class ChatRoomsPageLayoutBrowserTest {

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

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
