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
final class ChatRoomsPageFixture extends TwoWindowPageFixture<Step04App> {

    /**
     * The default burst, refilled twenty times as fast as the default 1 a second: a burst past it
     * is still refused, and the outbox must wait retryAfterMs and send again, as the tests check,
     * but each message past it waits 50 ms, not 1 s.
     */
    static final ChatLimits LIMITS = ChatLimits.DEFAULT.withRate(ChatLimits.DEFAULT.burst(), 20.0);

    private Path database;
    private ChatRoomsPageReader page;

    @Override
    protected Step04App startApp() throws IOException {
        database = ScratchFolder.create("workbook-step04-page-");
        page = new ChatRoomsPageReader(chromium(), errors);
        return Step04App.start(Step04Settings.forTests(database.resolve("chat")).withLimits(LIMITS), errors);
    }

    /** A new clientId for the next test: the page makes one when its storage has none. */
    @Override
    protected void pageLoaded() {
        page.page("clearStorage");
    }

    /** The app's database goes with it. */
    @Override
    protected void appStopped() {
        ScratchFolder.delete(database);
    }

    ChatRoomsPageReader page() {
        return page;
    }

    /**
     * Signs {@code first} in the first window and {@code second} in the second, both into
     * {@code room}; the second window stays active. The two windows connect and join side by side:
     * each waits mostly for the server, and every test of the chat starts this way.
     */
    void bothJoin(String room, String first, String second) {
        page.startSignIn(first(), first);
        page.startSignIn(second(), second);
        page.awaitSignedIn(second);
        page.startJoin(room);
        driver().switchTo().window(first());
        page.awaitSignedIn(first);
        page.joinRoom(room);
        driver().switchTo().window(second());
        page.awaitJoined(room);
    }
}
