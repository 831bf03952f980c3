package dev.workbook.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A step's watch mode in a Maven process of its own, as {@code ./workbook watch} starts it: for the
 * tools that play a learner (the loop timing, the classroom rehearsal), which read its verdicts from
 * its output and end it with {@code q}.
 */
public final class WatchProcess {

    /** The line the watch prints with every verdict. */
    public static final String VERDICT = "[workbook] verdict:";

    private WatchProcess() {
    }

    /** Maven's command here: {@code mvn}, or {@code mvn.cmd} on Windows. */
    public static String maven() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
    }

    /** Starts the watch on {@code stepFolder} of the edition in {@code root}, offline, with these extra Maven arguments. */
    public static Process start(Path root, String stepFolder, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(maven(), "-o", "-q", "-B", "-pl", stepFolder, "-am", "test-compile",
                "exec:java@watch"));
        command.addAll(extra);
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    }

    /** The verdict's words ("Exercise 1.4 passes (0.4 s)"), if {@code line} is the watch's verdict line. */
    public static Optional<String> verdictIn(String line) {
        int at = line.indexOf(VERDICT);
        return at < 0 ? Optional.empty() : Optional.of(line.substring(at + VERDICT.length()).strip());
    }

    /** Types {@code q} and waits for the watch to end; ends it by force after {@code seconds}. */
    public static void quit(Process watch, long seconds) throws InterruptedException {
        try (OutputStream keys = watch.getOutputStream()) {
            keys.write("q\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // it ended already
        }
        if (!watch.waitFor(seconds, TimeUnit.SECONDS)) {
            watch.destroyForcibly();
        }
    }
}
