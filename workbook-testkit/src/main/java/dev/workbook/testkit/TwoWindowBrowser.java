package dev.workbook.testkit;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * A headless Chromium with two windows, two people, for a test class: started before its first
 * test and closed after its last; use as a static {@code @RegisterExtension} field, or start and
 * close it from a fixture of your own (see {@link TwoWindowPageFixture}).
 */
public final class TwoWindowBrowser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private HeadlessChromium chromium;
    private String first;
    private String second;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

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

    /** Loads {@code url} afresh in both windows, ending in the first, and runs {@code loaded} in each once its page is in. */
    public void openInBoth(String url, Runnable loaded) {
        for (String window : List.of(second, first)) {
            driver().switchTo().window(window);
            driver().get(url);
            loaded.run();
        }
    }
}
