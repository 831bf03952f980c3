package dev.workbook.testkit;

import dev.workbook.pages.StepApp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A step's app and a headless Chromium with two windows, for a browser test class: both started
 * before its first test and stopped after its last, and before each test the app's page loaded
 * afresh in both windows, which closes the previous test's connections. A step's fixture says how
 * its app starts; use it as a static {@code @RegisterExtension} field.
 *
 * @param <A> the step's app
 */
public abstract class TwoWindowPageFixture<A extends StepApp> extends ServerFixture {

    private final TwoWindowBrowser browser = new TwoWindowBrowser();
    private A app;

    /** Starts the app on free ports, reporting to {@link #errors}; the browser is up by then. */
    protected abstract A startApp() throws IOException;

    /** Frees what the fixture held beside the app, once the app stopped or never started: nothing, unless a fixture says. */
    protected void appStopped() {
    }

    /** Runs in each window once the page is in, before each test: nothing, unless a fixture says. */
    protected void pageLoaded() {
    }

    @Override
    protected final void startServer() throws IOException {
        browser.start();
        app = startApp();
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

    private void stopApp() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            appStopped();
        }
    }

    @Override
    protected final void beforeEachTest() {
        browser.openInBoth(app.pageUrl(), this::pageLoaded);
    }

    /**
     * Fails, blaming {@code exercise}, when text from the network became an element on either page:
     * the tests send a nickname and a message that are markup ({@code <i>}, {@code <img>}).
     */
    public void assertMarkupShownAsText(Object exercise) {
        bothWindows(() -> assertThat(driver().findElements(By.cssSelector("main img, main i")))
                .as("%s: show network text with textContent, never innerHTML: markup became an element", exercise)
                .isEmpty());
    }

    /** Runs {@code action} in the second window, then in the first, where it leaves the page. */
    public void bothWindows(Runnable action) {
        for (String window : List.of(second(), first())) {
            driver().switchTo().window(window);
            action.run();
        }
    }

    /** The app, once it started. */
    public A app() {
        return app;
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
