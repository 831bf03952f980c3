package dev.workbook.step04;

import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TwoWindowBrowser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Step 04's app on free ports with a database of its own, and a browser with two windows, for a
 * browser test class; before each test, a fresh page in both windows, with a new clientId, so
 * that the rate limit of one test does not spill into the next. A static {@code @RegisterExtension} field.
 */
final class ChatRoomsPageFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    final ServerErrors errors = new ServerErrors();
    private final TwoWindowBrowser browser = new TwoWindowBrowser();
    private Path database;
    private Step04App app;
    private ChatRoomsPageReader page;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        browser.beforeAll(context);
        database = ScratchFolder.create("workbook-step04-page-");
        app = Step04App.start(Step04Settings.forTests(database.resolve("chat")), errors);
        page = new ChatRoomsPageReader(browser.chromium(), errors);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
        for (String window : List.of(browser.second(), browser.first())) {
            driver().switchTo().window(window);
            driver().get(app.pageUrl());
            page.page("clearStorage");
        }
    }

    /** JUnit runs this even when {@link #beforeAll} failed half-way. */
    @Override
    public void afterAll(ExtensionContext context) {
        try {
            browser.afterAll(context);
        } finally {
            if (app != null) {
                app.close();
            }
            ScratchFolder.delete(database);
        }
    }

    Step04App app() {
        return app;
    }

    ChatRoomsPageReader page() {
        return page;
    }

    WebDriver driver() {
        return browser.driver();
    }

    String first() {
        return browser.first();
    }

    String second() {
        return browser.second();
    }

    /** Signs {@code first} in the first window and {@code second} in the second, both into {@code room}; the second window stays active. */
    void bothJoin(String room, String first, String second) {
        page.signIn(first(), first);
        page.joinRoom(room);
        page.signIn(second(), second);
        page.joinRoom(room);
    }
}
