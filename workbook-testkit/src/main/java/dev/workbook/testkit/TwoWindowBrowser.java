package dev.workbook.testkit;

import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * A headless Chromium with two windows, two people, for a test class; {@link TwoWindowPageFixture}
 * starts it before the class's first test and closes it after its last.
 */
public final class TwoWindowBrowser implements AutoCloseable {

    private HeadlessChromium chromium;
    private String first;
    private String second;

    /** Starts Chromium and opens its second window. */
    public void start() {
        chromium = HeadlessChromium.start();
        first = chromium.driver().getWindowHandle();
        second = chromium.driver().switchTo().newWindow(WindowType.WINDOW).getWindowHandle();
    }

    /** Closes Chromium; nothing when it never started. */
    @Override
    public void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    public HeadlessChromium chromium() {
        return chromium;
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    /** The first window's handle, for {@code driver().switchTo().window(...)}. */
    public String first() {
        return first;
    }

    public String second() {
        return second;
    }

    /** Loads {@code url} afresh in both windows, ending in the first: loading again closes the last test's connections. */
    public void openInBoth(String url) {
        openInBoth(url, () -> { });
    }

    /**
     * Loads {@code url} afresh in both windows, ending in the first, and runs {@code loaded} in each
     * once its page is in. One after the other: chromedriver waits for a load it sees start in the
     * current window, and a load started in the other window a moment later (so that the two
     * overlap) measured no faster, as a load here is mostly Chromium's CPU, not waiting.
     */
    public void openInBoth(String url, Runnable loaded) {
        for (String window : List.of(second, first)) {
            driver().switchTo().window(window);
            driver().get(url);
            loaded.run();
        }
    }
}
