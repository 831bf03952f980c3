package dev.workbook.step02;

import dev.workbook.testkit.TwoWindowPageFixture;
import java.io.IOException;

/**
 * Step 02's app on free ports and a browser with two windows, for a browser test class, with a
 * fresh page in both windows before each test (see {@link TwoWindowPageFixture}). A static
 * {@code @RegisterExtension} field.
 */
final class Step02PageFixture extends TwoWindowPageFixture<Step02App> {

    private ChatPageDriver page;

    @Override
    protected Step02App startApp() throws IOException {
        page = new ChatPageDriver(chromium(), errors);
        return Step02App.start(new Step02Settings("127.0.0.1", 0, 0), errors);
    }

    ChatPageDriver page() {
        return page;
    }
}
