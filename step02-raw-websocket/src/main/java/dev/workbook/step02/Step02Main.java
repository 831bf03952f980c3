package dev.workbook.step02;

import java.io.IOException;

/** Runs step 02 alone: {@code mvn -q compile exec:java -Dexec.args=step02}, or run this class from an IDE. */
public final class Step02Main {

    private Step02Main() {
    }

    public static void main(String[] args) throws IOException {
        Step02App app = Step02App.start(Step02Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "step02-shutdown"));
        System.out.println("Step 02, the raw WebSocket chat: " + app.pageUrl() + "  (Ctrl+C stops it)");
    }
}
