package dev.workbook.bench;

import dev.workbook.bench.load.Connections;
import dev.workbook.bench.load.CpuMeter;
import dev.workbook.bench.load.EchoLoad;
import dev.workbook.bench.load.EchoResult;
import dev.workbook.bench.load.FanoutLoad;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Measures a server at one N, alone or taking turns with its Node peer: connect, idle memory,
 * closed-loop echo, room fan-out; and the warm-up and one-connection round trip that use the same pieces.
 */
public final class CellMeasure {

    private static final int WARMUP_CONNECTIONS = 100;
    private static final int WARMUP_BROADCASTS = 30;
    /** Slices of each load when two servers take turns: short enough that a slow moment of the machine hits both. */
    private static final int SLICES = 3;
    /** Not counted at the start of every slice after the first: the loop filling up again. */
    private static final Duration SLICE_RAMP = Duration.ofMillis(100);

    private final HttpClient client;
    private final BenchConfig config;

    public CellMeasure(HttpClient client, BenchConfig config) {
        this.client = client;
        this.config = config;
    }

    /** Measures one server at {@code n} on its own. */
    public CellResult measure(ServerProcess server, int n, int rep, NoiseMeter noise) throws IOException, InterruptedException {
        return measureTogether(List.of(server), n, rep, noise).get(0);
    }

    /**
     * Measures servers at {@code n} together, a Java server and its Node peer: both hold their N connections at
     * once, and their echoes and fan-outs take turns in {@value #SLICES} slices each, so that whatever the machine
     * does meanwhile (a neighbour on the host, a slower period) falls on both, not on one of the two cells a ratio
     * compares. One server alone runs in one slice of each. The results come in the order of {@code servers}.
     */
    public List<CellResult> measureTogether(List<ServerProcess> servers, int n, int rep, NoiseMeter noise)
            throws IOException, InterruptedException {
        int slices = servers.size() == 1 ? 1 : SLICES;
        List<Side> sides = new ArrayList<>();
        noise.startWhenQuiet();
        try {
            for (ServerProcess server : servers) {
                sides.add(Side.open(client, server, n));
            }
            for (Side side : sides) {
                side.load(config);
            }
            settleGeneratorHeap();
            for (int slice = 0; slice < slices; slice++) {
                Duration drop = slice == 0 ? config.echoDrop() : SLICE_RAMP;
                for (Side side : sides) {
                    side.echoSlice(drop, config.echoTime().dividedBy(slices));
                }
            }
            for (int slice = 0; slice < slices; slice++) {
                for (Side side : sides) {
                    side.fanoutSlice(config.fanoutTime().dividedBy(slices));
                }
            }
            NoiseMeter.Noise machine = noise.stop();
            List<CellResult> cells = new ArrayList<>();
            String group = servers.stream().map(server -> server.kind().name()).collect(Collectors.joining("+"));
            for (Side side : sides) {
                // Read last: the full collection it forces would otherwise slow the echo that follows it for seconds.
                cells.add(side.result(n, rep, group, machine));
            }
            return cells;
        } finally {
            sides.forEach(Side::close);
        }
    }

    /**
     * Collects the load generator's heap before anything counts: the N connections just opened (about 60 KB of
     * heap each in the JDK's client) move to the old generation now, so the young collections during the cell copy
     * only what is in flight, a few milliseconds, rather than all of them, 100-200 ms of silence blamed on a server.
     */
    private static void settleGeneratorHeap() {
        System.gc();
    }

    /**
     * Load that counts for nothing, for {@link BenchConfig#warmup()}: connect, join, echo and fan-out, then all of it
     * again on fresh connections. The second round matters: code the JIT compiled under echo alone is thrown away
     * the first time a handshake, a join or a heartbeat ping takes a branch it had never seen, and recompiling takes
     * seconds. Here that happens before anything counts.
     */
    public void warmUp(ServerProcess server) throws IOException, InterruptedException {
        long end = System.nanoTime() + config.warmup().toNanos();
        int n = Math.min(WARMUP_CONNECTIONS, config.largestSize());
        try (Connections first = Connections.open(client, server.kind().protocol(), server.port(), n)) {
            warmUpOn(first, server, config.warmup().dividedBy(2));
            try (Connections second = Connections.open(client, server.kind().protocol(), server.port(), n)) {
                warmUpOn(second, server, Duration.ofNanos(Math.max(0, end - System.nanoTime())));
            }
        }
    }

    private void warmUpOn(Connections connections, ServerProcess server, Duration time) throws InterruptedException {
        EchoLoad.run(connections.all(), config.echoConcurrency(), Duration.ZERO, time, config.maxEchoMessages(),
                new CpuMeter(server::cpuTicks));
        FanoutLoad.run(connections.all(), WARMUP_BROADCASTS, config.fanoutTime(), new CpuMeter(server::cpuTicks), 0);
    }

    /** One connection, one message at a time, with both processes on CPU 0 where taskset allows. */
    public RoundTripResult roundTrip(ServerProcess server, int rep) throws IOException, InterruptedException {
        boolean pinned = Affinity.pinWith(server.pid());
        try (Connections one = Connections.open(client, server.kind().protocol(), server.port(), 1)) {
            EchoResult echo = EchoLoad.run(List.of(one.all().get(0)), 1, config.rttDrop(), config.rttTime(),
                    config.maxEchoMessages(), new CpuMeter(server::cpuTicks));
            return new RoundTripResult(server.kind().name(), rep, echo.p50(), echo.p99(), echo.samples(), pinned);
        } finally {
            Affinity.release(server.pid());
        }
    }
}
