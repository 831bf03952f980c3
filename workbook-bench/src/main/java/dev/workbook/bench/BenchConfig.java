package dev.workbook.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How big and how long a run is, from system properties: {@code bench.quick} (small N, seconds),
 * {@code bench.out} (where the JSON and charts go), {@code bench.node} (the Node peers' folder),
 * {@code bench.sizes} (say {@code 100,1000}), {@code bench.reps}, {@code bench.servers} (say
 * {@code STEP02,NODE_WS}: only those), {@code bench.profile} (a flight recording of every JVM server),
 * {@code bench.jvmArgs} (flags for every JVM server under test, say a profiler's agent), {@code bench.nodeArgs}
 * (flags for every Node server, say {@code --cpu-prof}), {@code bench.gc} (the JVM
 * servers' collector, {@code Parallel} or {@code G1}), {@code bench.virtualJdk} (a JDK 21+ for step 01 on
 * virtual threads; see {@link VirtualThreadJdk}) and {@code bench.step02.oneCore} ({@code false} leaves
 * Java-WebSocket's two threads where the scheduler puts them).
 *
 * @param sizes how many connections each cell holds, measured from the largest down
 * @param reps how many times the whole A/B/A/B round runs, each with freshly started servers
 * @param warmup how long every server gets load before anything counts: longer than the slowest heartbeat
 *     (Java-WebSocket's 30 s), so that the JIT has also compiled the ping path
 * @param echoDrop the first part of each echo run, whose samples are dropped: long enough for a server to
 *     settle after N handshakes arrived at once
 * @param echoTime how long each echo run counts, after the drop
 * @param echoConcurrency how many messages are in flight at once (one per sending connection)
 * @param maxEchoMessages the most messages one echo run sends
 * @param maxBroadcasts the most broadcasts one fan-out run sends
 * @param fanoutTime the longest a fan-out run may take
 * @param rttDrop the first part of the one-connection round trip, not counted
 * @param rttTime how long the one-connection round trip counts
 * @param servers the servers that run, in the order of the A/B round
 * @param profile whether each JVM server records a JFR profile into {@code out/profiles}
 * @param jvmArgs extra flags for each JVM server under test
 * @param nodeArgs extra flags for each Node server under test
 * @param gc the JVM servers' garbage collector, as in {@code -XX:+Use<gc>GC}
 * @param virtualJdk a JDK with virtual threads, for {@link ServerKind#STEP01_VIRTUAL}; empty leaves that row out
 * @param handOffOnOneCore whether the threads of a server that hand each message to one another share one CPU
 *     ({@link ServerKind#handOffThreads()}): Node's budget of one core for its event loop. Apart, their hand-offs
 *     wake a thread on the other core, and the rate swings between fresh servers as the scheduler places them
 */
public record BenchConfig(List<Integer> sizes, int reps, Duration warmup, Duration echoDrop,
                          Duration echoTime, int echoConcurrency, int maxEchoMessages, int maxBroadcasts,
                          Duration fanoutTime, Duration rttDrop, Duration rttTime, boolean quick, Path out, Path nodeDir,
                          List<ServerKind> servers, boolean profile, List<String> jvmArgs, List<String> nodeArgs, String gc,
                          Optional<Path> virtualJdk, boolean handOffOnOneCore) {

    /** Every server, in the A/B order: each Java server beside its Node peer; step 01 on virtual threads last. */
    public static final List<ServerKind> ALL_SERVERS = List.of(ServerKind.STEP01, ServerKind.NODE_WS,
            ServerKind.NETTY_SOCKETIO, ServerKind.NODE_SOCKETIO, ServerKind.STEP02, ServerKind.STEP01_VIRTUAL);
    /**
     * The JVM servers' collector unless {@code -Dbench.gc} says otherwise: G1's concurrent refinement threads took
     * about a sixth of netty-socketio's CPU in a broadcast (see the lesson), a cost the parallel collector has not.
     */
    public static final String DEFAULT_GC = "Parallel";

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
        Optional<Path> virtualJdk = VirtualThreadJdk.find();
        return new BenchConfig(chosen, reps, base.warmup, base.echoDrop, base.echoTime,
                base.echoConcurrency, base.maxEchoMessages, base.maxBroadcasts, base.fanoutTime, base.rttDrop, base.rttTime,
                quick, out, node, runnable(serversFrom(System.getProperty("bench.servers")), virtualJdk),
                Boolean.getBoolean("bench.profile"), flagsFrom(System.getProperty("bench.jvmArgs")),
                flagsFrom(System.getProperty("bench.nodeArgs")), gcFrom(System.getProperty("bench.gc")), virtualJdk,
                Boolean.parseBoolean(System.getProperty("bench.step02.oneCore", "true")));
    }

    /** N = 100, 1 000 and 5 000, three repetitions: under ten minutes on two cores. */
    public static BenchConfig full(Path out, Path node) {
        Optional<Path> virtualJdk = VirtualThreadJdk.find();
        return new BenchConfig(List.of(100, 1000, 5000), 3, Duration.ofSeconds(32),
                Duration.ofMillis(1500), Duration.ofMillis(1500), 100, 300_000, 200, Duration.ofMillis(2500),
                Duration.ofMillis(500), Duration.ofMillis(1000), false, out, node, runnable(ALL_SERVERS, virtualJdk), false,
                List.of(), List.of(), DEFAULT_GC, virtualJdk, true);
    }

    /** A few connections for a few hundred milliseconds each: proves the tool works, measures nothing. */
    public static BenchConfig quick(Path out, Path node) {
        Optional<Path> virtualJdk = VirtualThreadJdk.find();
        return new BenchConfig(List.of(20), 1, Duration.ofMillis(600),
                Duration.ofMillis(100), Duration.ofMillis(300), 10, 300_000, 10, Duration.ofSeconds(2),
                Duration.ofMillis(100), Duration.ofMillis(200), true, out, node, runnable(ALL_SERVERS, virtualJdk), false,
                List.of(), List.of(), DEFAULT_GC, virtualJdk, true);
    }

    /** The servers, less step 01 on virtual threads when no JDK here has them. */
    static List<ServerKind> runnable(List<ServerKind> servers, Optional<Path> virtualJdk) {
        return servers.stream().filter(k -> k != ServerKind.STEP01_VIRTUAL || virtualJdk.isPresent()).toList();
    }

    /** {@code g1} to {@code G1}; blank means {@value #DEFAULT_GC}; anything but the two is refused. */
    static String gcFrom(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT_GC;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "parallel" -> "Parallel";
            case "g1" -> "G1";
            default -> throw new IllegalArgumentException("bench.gc: '" + name + "' is not Parallel or G1");
        };
    }

    /** {@code -agentpath:... -XX:+UseParallelGC} to its two flags; blank means none. */
    static List<String> flagsFrom(String flags) {
        return flags == null || flags.isBlank() ? List.of() : List.of(flags.trim().split("\\s+"));
    }

    /** {@code STEP02,NODE_WS} to those two, kept in the A/B order; blank means all of them. */
    static List<ServerKind> serversFrom(String names) {
        if (names == null || names.isBlank()) {
            return ALL_SERVERS;
        }
        List<ServerKind> chosen = List.of(names.split(",")).stream().map(String::trim).map(BenchConfig::kindNamed).toList();
        return ALL_SERVERS.stream().filter(chosen::contains).toList();
    }

    private static ServerKind kindNamed(String name) {
        try {
            return ServerKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("bench.servers: no server called '" + name + "'; the servers are "
                    + ALL_SERVERS, unknown);
        }
    }

    /** The largest N: where the targets are checked and memory per connection is read. */
    public int largestSize() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
