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
     * The default burst, refilled five times as fast as the default 1 a second: a burst past it is
     * still refused, and the outbox must wait retryAfterMs and send again, as the tests check, but
     * each message past it waits 200 ms, not 1 s.
     */
    static final ChatLimits LIMITS = ChatLimits.DEFAULT.withRate(ChatLimits.DEFAULT.burst(), 5.0);

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

    /** Signs {@code first} in the first window and {@code second} in the second, both into {@code room}; the second window stays active. */
    void bothJoin(String room, String first, String second) {
        page.signIn(first(), first);
        page.joinRoom(room);
        page.signIn(second(), second);
        page.joinRoom(room);
    }
}
