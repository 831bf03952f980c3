package dev.workbook.bench;

import dev.workbook.bench.load.Connections;
import dev.workbook.bench.load.CpuMeter;
import dev.workbook.bench.load.EchoLoad;
import dev.workbook.bench.load.EchoResult;
import dev.workbook.bench.load.FanoutLoad;
import dev.workbook.bench.load.FanoutResult;
import dev.workbook.bench.load.WriteWatch;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * Measures one server at one N: connect, idle memory, closed-loop echo, room fan-out; and the
 * warm-up and one-connection round trip that use the same pieces.
 */
public final class CellMeasure {

    private static final int WARMUP_CONNECTIONS = 100;
    private static final int WARMUP_BROADCASTS = 30;

    private final HttpClient client;
    private final BenchConfig config;

    public CellMeasure(HttpClient client, BenchConfig config) {
        this.client = client;
        this.config = config;
    }

    public CellResult measure(ServerProcess server, int n, int rep, NoiseMeter noise) throws IOException, InterruptedException {
        noise.start();
        long heap0 = server.heapAfterGc();
        long rss0 = server.rssBytes();
        try (Connections connections = Connections.open(client, server.kind().protocol(), server.port(), n)) {
            long rss = server.rssBytes() - rss0;
            EchoResult echo = EchoLoad.run(connections.all(), config.echoConcurrency(), config.echoDrop(),
                    config.echoTime(), config.maxEchoMessages(), new CpuMeter(server::cpuTicks, server.pid()));
            FanoutResult fanout;
            try (WriteWatch watch = WriteWatch.of(server.pid())) {
                fanout = FanoutLoad.run(connections.all(), config.maxBroadcasts(), config.fanoutTime(),
                        new CpuMeter(server::cpuTicks, server.pid()), watch);
            }
            // Read last: the full collection it forces would otherwise slow the echo that follows it for seconds.
            long heap = server.heapAfterGc() - heap0;
            return new CellResult(server.kind().name(), n, rep, connections.totalMillis(),
                    connections.connectLatency().percentileMillis(0.5), connections.connectLatency().percentileMillis(0.99),
                    rss / (double) n, heap / (double) n, echo, fanout, noise.stop());
        }
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
        FanoutLoad.run(connections.all(), WARMUP_BROADCASTS, config.fanoutTime(), new CpuMeter(server::cpuTicks), null);
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
