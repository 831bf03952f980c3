package dev.workbook.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Queue;

/**
 * Reads the keys a learner types, a line at a time (a letter and Enter, which works in every
 * terminal), on a daemon thread, into the watch's queue; the end of the input counts as {@code q}.
 */
final class KeyboardInput {

    private KeyboardInput() {
    }

    static void start(InputStream in, Queue<WatchInput> inputs) {
        Thread thread = new Thread(() -> read(in, inputs), "workbook-watch-keys");
        thread.setDaemon(true);
        thread.start();
    }

    private static void read(InputStream in, Queue<WatchInput> inputs) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                inputs.add(new WatchInput.Key(line.trim()));
            }
        } catch (IOException closed) {
            // the terminal went away: quit below, as at the end of the input
        }
        inputs.add(new WatchInput.Key("q"));
    }
}
