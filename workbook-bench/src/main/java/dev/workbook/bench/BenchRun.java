package dev.workbook.bench;

import dev.workbook.bench.load.EchoResult;
import dev.workbook.bench.load.TcpRoundTrip;
import dev.workbook.bench.servers.Step01BenchMain;
import dev.workbook.bench.servers.TcpEchoMain;
import dev.workbook.socketio.FreePortStart;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole benchmark: per repetition, fresh servers, each warmed up, then every N from the
 * largest down with the servers alternating Java, Node, Java, Node (reversed every other
 * repetition), a Java server taking turns with its Node peer where that peer is its alone, then the
 * one-connection round trips and the TCP floor.
 */
public final class BenchRun {

    private static final Logger LOG = LoggerFactory.getLogger(BenchRun.class);

    private static final long WARMUP_STOP_SECONDS = 10;

    private final BenchConfig config;
    private final Consumer<String> progress;
    private final List<CellResult> cells = new ArrayList<>();
    private final List<RoundTripResult> roundTrips = new ArrayList<>();

    /** {@code progress} hears a line as each step begins. */
    public BenchRun(BenchConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Runs every repetition; {@code skipped} says why the Node servers did not run, if they did not. */
    public BenchResults run() throws IOException, InterruptedException {
        Optional<String> skipped = NodeCheck.unavailable(config.nodeDir());
        skipped.ifPresent(LOG::warn);
        List<ServerKind> kinds = config.servers().stream().filter(k -> k.isJava() || skipped.isEmpty()).toList();
        HttpClient client = HttpClient.newHttpClient();
        CellMeasure measure = new CellMeasure(client, config);
        long start = System.nanoTime();
        for (int rep = 1; rep <= config.reps(); rep++) {
            List<ServerKind> order = new ArrayList<>(kinds);
            if (rep % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            runRepetition(rep, order, measure);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchResults(config, cells, roundTrips, skipped.orElse(null), seconds);
    }

    private void runRepetition(int rep, List<ServerKind> order, CellMeasure measure) throws IOException, InterruptedException {
        Map<ServerKind, ServerProcess> servers = new LinkedHashMap<>();
        try {
            for (ServerKind kind : order) {
                servers.put(kind, start(kind, rep));
            }
            progress.accept("repetition " + rep + ": warming up every server at once, " + config.warmup().toSeconds() + " s");
            warmUpTogether(servers.values(), measure);
            NoiseMeter noise = new NoiseMeter(servers.values().stream().map(ServerProcess::pid).toList());
            List<List<ServerProcess>> groups = takingTurns(List.copyOf(servers.keySet())).stream()
                    .map(group -> group.stream().map(servers::get).toList()).toList();
            for (int n : config.sizes().stream().sorted(Comparator.reverseOrder()).toList()) {
                for (List<ServerProcess> group : groups) {
                    progress.accept("repetition " + rep + ": " + group.stream().map(s -> s.kind().label())
                            .collect(Collectors.joining(" and ")) + (group.size() > 1 ? ", taking turns," : "") + " at N = " + n);
                    cells.addAll(measure.measureTogether(group, n, rep, noise));
                }
            }
            progress.accept("repetition " + rep + ": one-connection round trips");
            for (ServerProcess server : servers.values()) {
                roundTrips.add(measure.roundTrip(server, rep));
            }
            roundTrips.add(tcpFloor(rep));
        } finally {
            servers.values().forEach(ServerProcess::close);
        }
    }

    /**
     * The groups that take turns, each a Node server with Java servers it is the peer of: netty-socketio with
     * Socket.IO; step 01 on both thread models with {@code ws}; Java-WebSocket with {@code ws} again, since four
     * sides at once would hold 4 N connections, more than the load generator's 20 000 file descriptors at N = 5 000.
     * A server whose partner did not run is a group alone. Groups and their members keep the order of {@code kinds},
     * which every other repetition reverses; a group's place is that of its first Java server.
     */
    static List<List<ServerKind>> takingTurns(List<ServerKind> kinds) {
        Map<String, List<ServerKind>> byServer = new LinkedHashMap<>();
        kinds.stream().filter(ServerKind::isJava)
                .forEach(kind -> byServer.computeIfAbsent(kind.javaMain(), main -> new ArrayList<>()).add(kind));
        List<List<ServerKind>> groups = new ArrayList<>();
        for (List<ServerKind> javaServers : byServer.values()) {
            List<ServerKind> group = new ArrayList<>(javaServers);
            ServerKind peer = javaServers.get(0).peer();
            if (kinds.contains(peer)) {
                group.add(peer);
            }
            group.sort(Comparator.comparingInt(kinds::indexOf));
            groups.add(List.copyOf(group));
        }
        kinds.stream().filter(kind -> !kind.isJava() && groups.stream().noneMatch(group -> group.contains(kind)))
                .forEach(lone -> groups.add(List.of(lone)));
        groups.sort(Comparator.comparingInt(group -> kinds.indexOf(
                group.stream().filter(ServerKind::isJava).findFirst().orElse(group.get(0)))));
        return groups;
    }

    /**
     * Warms every server up at the same time: nothing is measured, so they may share the cores, and the warm-up
     * must outlast the slowest heartbeat, which would take minutes one server after another.
     */
    private static void warmUpTogether(Collection<ServerProcess> servers, CellMeasure measure) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            Map<ServerProcess, Future<Void>> warmUps = new LinkedHashMap<>();
            for (ServerProcess server : servers) {
                warmUps.put(server, pool.submit(() -> {
                    measure.warmUp(server);
                    return null;
                }));
            }
            for (Map.Entry<ServerProcess, Future<Void>> warmUp : warmUps.entrySet()) {
                try {
                    warmUp.getValue().get();
                } catch (ExecutionException failed) {
                    throw new IOException("the warm-up of " + warmUp.getKey().kind().label() + " failed: " + failed.getCause(),
                            failed.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(WARMUP_STOP_SECONDS, TimeUnit.SECONDS);
        }
    }

    private ServerProcess start(ServerKind kind, int rep) throws IOException {
        int port = FreePortStart.freePort("127.0.0.1");
        String name = kind.name().toLowerCase(java.util.Locale.ROOT) + "-rep" + rep;
        List<String> flags = kind.isJava() ? jvmFlags(kind, name) : config.nodeArgs();
        Path javaHome = kind.onVirtualThreads() ? config.virtualJdk().orElseThrow() : Path.of(System.getProperty("java.home"));
        ServerProcess server = ServerProcess.start(kind, port, config.nodeDir(), config.out().resolve("logs").resolve(name + ".log"),
                flags, javaHome);
        if (config.handOffOnOneCore() && !kind.handOffThreads().isEmpty()) {
            int pinned = Affinity.pinThreads(server.pid(), kind.handOffThreads(), Affinity.LAST_CPU);
            if (pinned < kind.handOffThreads().size()) {
                LOG.warn("{}: {} of its threads {} share CPU {}: is taskset installed? Its figures will swing between"
                        + " repetitions as the scheduler places them", kind.label(), pinned, kind.handOffThreads(), Affinity.LAST_CPU);
            }
        }
        return server;
    }

    /** The run's flags for a JVM server: its own, the collector, the thread model, and a flight recording if asked. */
    private List<String> jvmFlags(ServerKind kind, String name) throws IOException {
        List<String> flags = new ArrayList<>(config.jvmArgs());
        flags.add("-XX:+Use" + config.gc() + "GC");
        if (kind.onVirtualThreads()) {
            flags.add("-D" + Step01BenchMain.THREADS + "=" + Step01BenchMain.VIRTUAL);
        }
        if (config.profile()) {
            Path recording = config.out().resolve("profiles").resolve(name + ".jfr").toAbsolutePath();
            Files.createDirectories(recording.getParent());
            flags.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        return flags;
    }

    private RoundTripResult tcpFloor(int rep) throws IOException {
        int port = FreePortStart.freePort("127.0.0.1");
        try (ServerProcess tcp = ServerProcess.startJava(TcpEchoMain.class.getName(), port,
                config.out().resolve("logs").resolve("tcp-floor.log"), List.of())) {
            boolean pinned = Affinity.pinWith(tcp.pid());
            try {
                EchoResult echo = TcpRoundTrip.run(port, config.rttDrop(), config.rttTime(), config.maxEchoMessages());
                return new RoundTripResult(BenchResults.TCP_FLOOR, rep, echo.p50(), echo.p99(), echo.samples(), pinned);
            } finally {
                Affinity.release(tcp.pid());
            }
        }
    }
}
