package dev.workbook.testkit;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * A headless Chromium with two windows, two people, for a test class; {@link TwoWindowPageFixture}
 * starts it before the class's first test and closes it after its last.
 */
public final class TwoWindowBrowser implements AutoCloseable {

    private static final String NAVIGATE_SOON = TestScripts.read(TwoWindowBrowser.class, "navigate-soon.js");
    private static final String PAGE_IS_NEW = TestScripts.read(TwoWindowBrowser.class, "page-is-new.js");

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
     * once its page is in. The second window loads while the first does: a page load is mostly
     * waiting, and a test class pays it twice before every test.
     */
    public void openInBoth(String url, Runnable loaded) {
        driver().switchTo().window(second);
        ((JavascriptExecutor) driver()).executeScript(NAVIGATE_SOON, url);
        driver().switchTo().window(first);
        driver().get(url);
        loaded.run();
        driver().switchTo().window(second);
        chromium.waitFor("the page " + url + " loaded afresh in the second window",
                driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(PAGE_IS_NEW)));
        loaded.run();
        driver().switchTo().window(first);
    }
}
