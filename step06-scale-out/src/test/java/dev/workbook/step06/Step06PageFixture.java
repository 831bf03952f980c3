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
final class Step06PageFixture extends TwoWindowPageFixture<Step06App> {

    private Path folder;
    private NodesPageReader page;

    @Override
    protected Step06App startApp() throws IOException {
        folder = ScratchFolder.create("workbook-step06-page-");
        page = new NodesPageReader(chromium(), errors);
        return Step06App.start(Step06Settings.forTests(2, folder.resolve("redis")), errors);
    }

    /** The Redis's data goes once the app has stopped. */
    @Override
    protected void appStopped() {
        ScratchFolder.delete(folder);
    }

    NodesPageReader page() {
        return page;
    }
}
