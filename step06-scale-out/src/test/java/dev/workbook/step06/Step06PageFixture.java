package dev.workbook.step06;

import dev.workbook.testkit.ScratchFolder;
import dev.workbook.testkit.TwoWindowPageFixture;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Step 06's app (a Redis of its own, two nodes, the page) on free ports, and a browser with two
 * windows, for a browser test class (see {@link TwoWindowPageFixture}). A static
 * {@code @RegisterExtension} field.
 */
final class Step06PageFixture extends TwoWindowPageFixture {

    private Path folder;
    private Step06App app;
    private NodesPageReader page;

    @Override
    protected void startApp() throws IOException {
        folder = ScratchFolder.create("workbook-step06-page-");
        app = Step06App.start(Step06Settings.forTests(2, folder.resolve("redis")), errors);
        page = new NodesPageReader(chromium(), errors);
    }

    @Override
    protected void stopApp() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            ScratchFolder.delete(folder);
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
