package dev.workbook.step03;

import dev.workbook.testkit.TwoWindowPageFixture;
import java.io.IOException;

/**
 * Step 03's app on free ports, asking for {@link #TOKEN}, and a browser with two windows, for a
 * browser test class, with a fresh page in both windows before each test (see
 * {@link TwoWindowPageFixture}). A static {@code @RegisterExtension} field.
 */
final class Step03PageFixture extends TwoWindowPageFixture<Step03App> {

    /** The server asks for a token, so that the page's token field is used too. */
    static final String TOKEN = "open sesame";
    /** The settings of the app: the tests' short acknowledgement timeout, and {@link #TOKEN}. */
    static final Step03Settings SETTINGS = Step03Settings.forTests().withToken(TOKEN);

    private SocketIoPageDriver page;

    @Override
    protected Step03App startApp() throws IOException {
        page = new SocketIoPageDriver(chromium(), errors, TOKEN);
        return Step03App.start(SETTINGS, errors);
    }

    SocketIoPageDriver page() {
        return page;
    }
}
