package dev.workbook.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How big and how long a run is, from system properties: {@code bench.quick} (small N, seconds),
 * {@code bench.out} (where the JSON and charts go), {@code bench.node} (the Node peers' folder),
 * {@code bench.sizes} (say {@code 100,1000}) and {@code bench.reps}.
 *
 * @param sizes how many connections each cell holds, measured from the largest down
 * @param reps how many times the whole A/B/A/B round runs, each with freshly started servers
 * @param javaWarmup load each JVM server gets before anything counts
 * @param nodeWarmup the same for the Node servers, whose JIT settles sooner
 * @param echoDrop the first part of each echo run, whose samples are dropped
 * @param echoTime how long each echo run counts, after the drop
 * @param echoConcurrency how many messages are in flight at once (one per sending connection)
 * @param maxEchoMessages the most messages one echo run sends
 * @param maxBroadcasts the most broadcasts one fan-out run sends
 * @param fanoutTime the longest a fan-out run may take
 * @param rttTime how long the one-connection round trip runs
 */
public record BenchConfig(List<Integer> sizes, int reps, Duration javaWarmup, Duration nodeWarmup, Duration echoDrop,
                          Duration echoTime, int echoConcurrency, int maxEchoMessages, int maxBroadcasts,
                          Duration fanoutTime, Duration rttTime, boolean quick, Path out, Path nodeDir) {

    /** The default run, or the quick one with {@code -Dbench.quick=true}. */
    public static BenchConfig fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Path node = Path.of(System.getProperty("bench.node", "node"));
        BenchConfig base = quick ? quick(out, node) : full(out, node);
        String sizes = System.getProperty("bench.sizes");
        List<Integer> chosen = sizes == null || sizes.isBlank() ? base.sizes()
                : List.of(sizes.split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
        int reps = Integer.getInteger("bench.reps", base.reps());
        return new BenchConfig(chosen, reps, base.javaWarmup, base.nodeWarmup, base.echoDrop, base.echoTime,
                base.echoConcurrency, base.maxEchoMessages, base.maxBroadcasts, base.fanoutTime, base.rttTime,
                quick, out, node);
    }

    /** N = 100, 1 000 and 5 000, three repetitions: about seven minutes on two cores. */
    public static BenchConfig full(Path out, Path node) {
        return new BenchConfig(List.of(100, 1000, 5000), 3, Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofMillis(500), Duration.ofSeconds(3), 100, 300_000, 200, Duration.ofSeconds(4),
                Duration.ofMillis(1500), false, out, node);
    }

    /** A few connections for a few hundred milliseconds each: proves the tool works, measures nothing. */
    public static BenchConfig quick(Path out, Path node) {
        return new BenchConfig(List.of(20), 1, Duration.ofMillis(300), Duration.ofMillis(300),
                Duration.ofMillis(100), Duration.ofMillis(300), 10, 300_000, 10, Duration.ofSeconds(2),
                Duration.ofMillis(200), true, out, node);
    }

    /** The largest N: where the targets are checked and memory per connection is read. */
    public int largestSize() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
