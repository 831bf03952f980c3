package dev.workbook.bench;

import dev.workbook.bench.load.Connections;
import dev.workbook.bench.load.CpuMeter;
import dev.workbook.bench.load.Disturbances;
import dev.workbook.bench.load.EchoLoad;
import dev.workbook.bench.load.FanoutLoad;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * One server's part of a cell: its N connections, its echo and fan-out loads, which may run in
 * several slices, and what disturbed each; {@link CellMeasure} runs the slices of several sides in turn.
 */
final class Side implements AutoCloseable {

    private final ServerProcess server;
    private final Connections connections;
    private final long heap0;
    private final double rssPerConnection;
    private final Disturbances duringEcho;
    private final Disturbances duringFanout;
    private EchoLoad echo;
    private FanoutLoad fanout;

    private Side(ServerProcess server, Connections connections, long heap0, double rssPerConnection) {
        this.server = server;
        this.connections = connections;
        this.heap0 = heap0;
        this.rssPerConnection = rssPerConnection;
        this.duringEcho = new Disturbances(this::gcMillis);
        this.duringFanout = new Disturbances(this::gcMillis);
    }

    /** Opens {@code n} connections to {@code server}, reading its heap and resident memory before and after. */
    static Side open(HttpClient client, ServerProcess server, int n) throws IOException, InterruptedException {
        long heap0 = server.heapAfterGc();
        long rss0 = server.rssBytes();
        Connections connections = Connections.open(client, server.kind().protocol(), server.port(), n);
        return new Side(server, connections, heap0, (server.rssBytes() - rss0) / (double) n);
    }

    /** Makes the loads, with the run's sizes; nothing runs yet. */
    void load(BenchConfig config) {
        echo = new EchoLoad(connections.all(), config.echoConcurrency(), config.maxEchoMessages(),
                new CpuMeter(server::cpuTicks, server.pid()));
        fanout = new FanoutLoad(connections.all(), config.maxBroadcasts(), new CpuMeter(server::cpuTicks, server.pid()),
                server.pid());
    }

    void echoSlice(Duration drop, Duration time) throws InterruptedException {
        duringEcho.start();
        echo.slice(drop, time);
        duringEcho.stop();
    }

    void fanoutSlice(Duration time) throws InterruptedException {
        duringFanout.start();
        fanout.slice(time);
        duringFanout.stop();
    }

    /** Everything measured, the live heap last: the full collection it forces would slow what follows. */
    CellResult result(int n, int rep, String group, NoiseMeter.Noise noise) throws IOException {
        long heap = server.heapAfterGc() - heap0;
        return new CellResult(server.kind().name(), n, rep, group, connections.totalMillis(),
                connections.connectLatency().percentileMillis(0.5), connections.connectLatency().percentileMillis(0.99),
                rssPerConnection, heap / (double) n, echo.result(), fanout.result(), noise, duringEcho.counts(),
                duringFanout.counts());
    }

    /** The server's collection time so far, or -1 when it does not say. */
    private long gcMillis() {
        try {
            return server.gcMillis();
        } catch (IOException silent) {
            return -1;
        }
    }

    @Override
    public void close() {
        connections.close();
    }
}
