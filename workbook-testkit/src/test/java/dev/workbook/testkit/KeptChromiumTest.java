package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;

/** The watch's kept browser: one Chromium lent to one test class at a time, blank again for the next. */
@DisplayName("The watch keeps one browser between its runs")
@Tag("browser")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeptChromiumTest {

    private Set<Long> before;

    @BeforeEach
    void keepBrowsers() {
        before = NoThreadsLeftBehind.liveThreadIds();
        System.setProperty(KeptChromium.SETTING, "true");
    }

    @AfterEach
    void quitTheKeptBrowser() {
        System.clearProperty(KeptChromium.SETTING);
        KeptChromium.quit();
    }

    @Test
    @DisplayName("the next test class gets the same browser, with one blank window of the first size and no cookies")
    void lendsTheSameBrowserMadeBlank() {
        HeadlessChromium first = HeadlessChromium.start();
        Dimension size = first.driver().manage().window().getSize();
        first.driver().switchTo().newWindow(WindowType.WINDOW);
        first.driver().manage().window().setSize(new Dimension(390, 844));
        first.driver().get("data:text/html,<p>used</p>");
        first.close();

        HeadlessChromium second = HeadlessChromium.start();

        assertThat(second).as("the browser lent to the next class").isSameAs(first);
        assertThat(second.driver().getWindowHandles()).as("the windows left open by the last class").hasSize(1);
        assertThat(second.driver().getCurrentUrl()).as("the page the last class left open").isEqualTo("about:blank");
        assertThat(second.driver().manage().window().getSize()).as("the window's size after the last class changed it")
                .isEqualTo(size);
        second.close();
    }

    @Test
    @DisplayName("a second browser asked for while the kept one is lent is a browser of its own, quit on close")
    void startsAnotherWhileLent() {
        HeadlessChromium kept = HeadlessChromium.start();
        HeadlessChromium other = HeadlessChromium.start();

        assertThat(other).as("the browser asked for while the kept one is in use").isNotSameAs(kept);
        other.close();
        assertThat(other.alive()).as("the other browser, once closed").isFalse();
        kept.close();
        assertThat(kept.alive()).as("the kept browser, once given back").isTrue();
    }

    @Test
    @DisplayName("the kept browser's threads do not count as threads a test left behind")
    void itsThreadsAreNotLeftovers() {
        HeadlessChromium.start().close();

        assertThat(NoThreadsLeftBehind.leftovers(before)).as("threads left after the kept browser was given back").isEmpty();
    }

    @Test
    @DisplayName("a browser that died between two runs is started again")
    void restartsADeadBrowser() {
        HeadlessChromium first = HeadlessChromium.start();
        first.close();
        first.quit();

        HeadlessChromium second = HeadlessChromium.start();

        assertThat(second).as("the browser lent after the kept one died").isNotSameAs(first);
        assertThat(second.alive()).as("the new kept browser").isTrue();
        second.close();
    }
}
