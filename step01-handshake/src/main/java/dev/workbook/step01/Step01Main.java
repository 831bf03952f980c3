package dev.workbook.step01;

import java.io.IOException;

/** Runs step 01 alone: {@code mvn -q compile exec:java -Dexec.args=step01}, or run this class from an IDE. */
public final class Step01Main {

    private Step01Main() {
    }

    public static void main(String[] args) throws IOException {
        Step01App app = Step01App.start(Step01Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "step01-shutdown"));
        System.out.println("Step 01, the handshake inspector: " + app.pageUrl() + "  (Ctrl+C stops it)");
    }
}
