package dev.workbook.step04;

import dev.workbook.testkit.ScratchFolder;
import dev.workbook.testkit.TwoWindowPageFixture;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Step 04's app on free ports with a database of its own, and a browser with two windows, for a
 * browser test class; before each test, a fresh page in both windows (see
 * {@link TwoWindowPageFixture}), with a new clientId, so that the rate limit of one test does not
 * spill into the next. A static {@code @RegisterExtension} field.
 */
final class ChatRoomsPageFixture extends TwoWindowPageFixture {

    private Path database;
    private Step04App app;
    private ChatRoomsPageReader page;

    @Override
    protected void startApp() throws IOException {
        database = ScratchFolder.create("workbook-step04-page-");
        app = Step04App.start(Step04Settings.forTests(database.resolve("chat")), errors);
        page = new ChatRoomsPageReader(chromium(), errors);
    }

    @Override
    protected String pageUrl() {
        return app.pageUrl();
    }

    /** A new clientId for the next test: the page makes one when its storage has none. */
    @Override
    protected void pageLoaded() {
        page.page("clearStorage");
    }

    @Override
    protected void stopApp() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            ScratchFolder.delete(database);
        }
    }

    Step04App app() {
        return app;
    }

    ChatRoomsPageReader page() {
        return page;
    }

    /** Signs {@code first} in the first window and {@code second} in the second, both into {@code room}; the second window stays active. */
    void bothJoin(String room, String first, String second) {
        page.signIn(first(), first);
        page.joinRoom(room);
        page.signIn(second(), second);
        page.joinRoom(room);
    }
}
