package dev.workbook.step06;

import dev.workbook.testkit.TwoWindowPageFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Step 06's app (a Redis of its own, two nodes, the page) on free ports, and a browser with two
 * windows, for a browser test class (see {@link TwoWindowPageFixture}). A static
 * {@code @RegisterExtension} field.
 */
final class Step06PageFixture extends TwoWindowPageFixture {

    private Step06App app;
    private NodesPageReader page;

    @Override
    protected void startApp() throws IOException {
        Path folder = Files.createTempDirectory("workbook-step06-page-");
        app = Step06App.start(Step06Settings.forTests(2, folder.resolve("redis")), errors);
        page = new NodesPageReader(chromium(), errors);
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

    Step06App app() {
        return app;
    }

    NodesPageReader page() {
        return page;
    }
}
