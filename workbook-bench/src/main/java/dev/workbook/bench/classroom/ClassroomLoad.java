package dev.workbook.bench.classroom;

import dev.workbook.bench.load.Samples;
import dev.workbook.classroom.ClassroomBoard;
import dev.workbook.classroom.ClassroomSettings;
import dev.workbook.classroom.KnownExercises;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The classroom board under a simulated class: {@code learners} learners each report every
 * {@code interval}, a few board pages watch, and each change's delay from the report's sending to
 * a page's receiving is recorded. Target: under 1 s at the 99th percentile on 2 cores.
 *
 * <p>{@code mvn -q -pl workbook-bench -am compile exec:java@classroom-load}; settings
 * {@code -Dbench.classroom.learners=60}, {@code .intervalMs=3000}, {@code .seconds=30}, {@code .pages=3}.
 * Writes {@code classroom.md} to {@code bench.out}.
 */
public final class ClassroomLoad {

    static final double TARGET_P99_MILLIS = 1000;
    private static final Duration WARMUP = Duration.ofSeconds(6);

    private ClassroomLoad() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("bench.root", "..")).toAbsolutePath().normalize();
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        int learners = Integer.getInteger("bench.classroom.learners", 60);
        Duration interval = Duration.ofMillis(Long.getLong("bench.classroom.intervalMs", 3000));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.classroom.seconds", 30));
        int pages = Integer.getInteger("bench.classroom.pages", 3);
        KnownExercises known = KnownExercises.of(root);
        Path state = Files.createTempDirectory("classroom-bench").resolve("board.json");
        System.out.printf(Locale.ROOT, "[bench] classroom: %d learners, a report each every %d ms, %d board pages, %d s measured"
                + " after %d s of warm-up, on %d cores%n", learners, interval.toMillis(), pages, measure.toSeconds(),
                WARMUP.toSeconds(), Runtime.getRuntime().availableProcessors());
        Samples delays = new Samples(1_000_000);
        SentReports sent = new SentReports();
        ClassroomSettings settings = new ClassroomSettings("127.0.0.1", 0, "BENCH", state, Duration.ofMinutes(15));
        try (ClassroomBoard board = ClassroomBoard.start(settings, known);
             BoardWatchers watchers = new BoardWatchers(sent, delays);
             SimulatedClass room = new SimulatedClass(board.url(), board.classCode(), known.numbersIn("step01-handshake"), sent)) {
            watchers.open("ws://127.0.0.1:" + board.port() + "/live", pages);
            room.start(learners, interval);
            Thread.sleep(WARMUP.toMillis()); // a benchmark's warm-up, not a wait for an event
            room.measure(true);
            Thread.sleep(measure.toMillis());
            room.measure(false);
            Thread.sleep(interval.toMillis()); // the last changes still on their way
            String table = table(learners, interval, pages, measure, delays, room);
            System.out.println();
            System.out.println(table);
            Files.createDirectories(out);
            Files.writeString(out.resolve("classroom.md"), table);
            System.out.println("[bench] wrote " + out.resolve("classroom.md").toAbsolutePath());
        }
    }

    static String table(int learners, Duration interval, int pages, Duration measure, Samples delays, SimulatedClass room) {
        double p99 = delays.percentileMillis(0.99);
        String verdict = delays.count() == 0 ? "no change reached a page: not measured"
                : p99 < TARGET_P99_MILLIS ? "meets the target (p99 < 1 s)" : "misses the target (p99 < 1 s)";
        return String.format(Locale.ROOT, "Classroom board, %s, %d cores, Java %s: %d learners reporting every %.1f s, "
                        + "%d board pages, %d s measured%n%n"
                        + "| changes timed | p50 | p90 | p99 | max | reports taken | refused | failed | verdict |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---|%n"
                        + "| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %d | %d | %s |%n",
                Instant.now().toString().substring(0, 10), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.runtime.version"), learners, interval.toMillis() / 1000.0, pages, measure.toSeconds(),
                delays.count(), delays.percentileMillis(0.5), delays.percentileMillis(0.9), p99, delays.percentileMillis(1.0),
                room.accepted.sum(), room.refused.sum(), room.failed.sum(), verdict);
    }
}
