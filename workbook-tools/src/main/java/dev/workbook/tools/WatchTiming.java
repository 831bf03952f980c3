package dev.workbook.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Times the watch mode as a learner meets it: starts {@code exec:java@watch} on one exercise,
 * saves the exercise's file again and again, and measures each save to the verdict on screen.
 */
final class WatchTiming {

    private static final long START_MINUTES = 10;
    private static final long VERDICT_SECONDS = 120;
    /** A learner reads the verdict before saving again; the watch warms javac up meanwhile. */
    private static final long PAUSE_MILLIS = 3000;

    private final Path edition;
    private final int repetitions;

    WatchTiming(Path edition, int repetitions) {
        this.edition = edition;
        this.repetitions = repetitions;
    }

    /** Each save's time to its verdict, in milliseconds, and the last verdict's line. */
    record Timed(List<Long> millis, String lastVerdict) {
    }

    Timed time(String stepFolder, ExerciseRegion region) throws IOException, InterruptedException {
        Process watch = WatchProcess.start(edition, stepFolder, List.of("-Dexercise=" + region.number(), "-Dworkbook.watch.stay=true"));
        BlockingQueue<String> verdicts = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readVerdicts(watch, verdicts), "watch-timing-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String last = await(verdicts, TimeUnit.MINUTES.toSeconds(START_MINUTES), "the watch's first verdict");
            Path file = edition.resolve(region.file());
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                Thread.sleep(PAUSE_MILLIS);
                byte[] content = Files.readAllBytes(file);
                long saved = System.nanoTime();
                Files.write(file, content);
                last = await(verdicts, VERDICT_SECONDS, "a verdict after saving " + file);
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved));
            }
            return new Timed(millis, last);
        } finally {
            WatchProcess.quit(watch, 60);
        }
    }

    private static void readVerdicts(Process watch, BlockingQueue<String> verdicts) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                WatchProcess.verdictIn(line).ifPresent(verdicts::add);
            }
        } catch (IOException ended) {
            // the watch ended: await says so if a verdict was still due
        }
    }

    private static String await(BlockingQueue<String> verdicts, long seconds, String what) throws InterruptedException {
        String line = verdicts.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("waited " + seconds + " s for " + what + " in vain");
        }
        return line;
    }

}
