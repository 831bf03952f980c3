package dev.workbook.step03;

import dev.workbook.testkit.TwoWindowPageFixture;
import java.io.IOException;

/**
 * Step 03's app on free ports, asking for {@link #TOKEN}, and a browser with two windows, for a
 * browser test class, with a fresh page in both windows before each test (see
 * {@link TwoWindowPageFixture}). A static {@code @RegisterExtension} field.
 */
final class Step03PageFixture extends TwoWindowPageFixture {

    /** The server asks for a token, so that the page's token field is used too. */
    static final String TOKEN = "open sesame";
    /** The settings of the app: the tests' short acknowledgement timeout, and {@link #TOKEN}. */
    static final Step03Settings SETTINGS = Step03Settings.forTests().withToken(TOKEN);

    private Step03App app;
    private SocketIoPageDriver page;

    @Override
    protected void startApp() throws IOException {
        app = Step03App.start(SETTINGS, errors);
        page = new SocketIoPageDriver(chromium(), errors, TOKEN);
    }

    @Override
    protected void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Override
    protected String pageUrl() {
        return app.pageUrl();
    }

    Step03App app() {
        return app;
    }

    SocketIoPageDriver page() {
        return page;
    }
}
