package dev.workbook.step03;

import java.io.IOException;

/** Runs step 03 alone: {@code mvn -q compile exec:java -Dexec.args=step03}, or run this class from an IDE. */
public final class Step03Main {

    private Step03Main() {
    }

    public static void main(String[] args) throws IOException {
        Step03App app = Step03App.start(Step03Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "step03-shutdown"));
        System.out.println("Step 03, the Socket.IO chat: " + app.pageUrl() + "  (Ctrl+C stops it)");
    }
}
