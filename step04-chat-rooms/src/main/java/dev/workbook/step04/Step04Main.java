package dev.workbook.step04;

import java.io.IOException;

/** Runs step 04 alone: {@code mvn -q compile exec:java -Dexec.args=step04}, or run this class from an IDE. */
public final class Step04Main {

    private Step04Main() {
    }

    public static void main(String[] args) throws IOException {
        Step04App app = Step04App.start(Step04Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "step04-shutdown"));
        System.out.println("Step 04, the chat with rooms: " + app.pageUrl() + "  (Ctrl+C stops it)");
    }
}
