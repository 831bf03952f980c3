package dev.workbook.step06;

import java.io.IOException;

/** Runs step 06 alone: {@code mvn -q compile exec:java -Dexec.args=step06}, or run this class from an IDE. */
public final class Step06Main {

    private Step06Main() {
    }

    public static void main(String[] args) throws IOException {
        Step06App app = Step06App.start(Step06Settings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "step06-shutdown"));
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < app.nodes().size(); i++) {
            pages.append(i == 0 ? "" : ", ").append(app.pageUrl(i));
        }
        System.out.println("Step 06, the chat on " + app.nodes().size() + " nodes: " + pages + "  (Ctrl+C stops it)");
    }
}
