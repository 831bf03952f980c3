package dev.workbook.testkit;

import java.io.IOException;
import org.openqa.selenium.WebDriver;

/**
 * A step's app and a headless Chromium with two windows, for a browser test class: both started
 * before its first test and stopped after its last, and before each test the app's page loaded
 * afresh in both windows, which closes the previous test's connections. A step's fixture says how
 * its app starts and stops and where its page is; use it as a static {@code @RegisterExtension} field.
 */
public abstract class TwoWindowPageFixture extends ServerFixture {

    private final TwoWindowBrowser browser = new TwoWindowBrowser();

    /** Starts the app, reporting to {@link #errors}. */
    protected abstract void startApp() throws IOException;

    /** Stops the app; nothing when it never started. */
    protected abstract void stopApp();

    /** The address of the app's page, once it started. */
    protected abstract String pageUrl();

    /** Runs in each window once the page is in, before each test: nothing, unless a fixture says. */
    protected void pageLoaded() {
    }

    @Override
    protected final void startServer() throws IOException {
        browser.start();
        startApp();
    }

    /** Also after a start that failed half-way. */
    @Override
    protected final void stopServer() {
        try {
            browser.close();
        } finally {
            stopApp();
        }
    }

    @Override
    protected final void beforeEachTest() {
        browser.openInBoth(pageUrl(), this::pageLoaded);
    }

    /** The browser, for its console errors. */
    public HeadlessChromium chromium() {
        return browser.chromium();
    }

    public WebDriver driver() {
        return browser.driver();
    }

    /** The first window's handle, for {@code driver().switchTo().window(...)}; the page starts each test there. */
    public String first() {
        return browser.first();
    }

    public String second() {
        return browser.second();
    }
}
