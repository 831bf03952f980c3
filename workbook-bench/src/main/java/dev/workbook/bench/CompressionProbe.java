package dev.workbook.bench;

import dev.workbook.bench.load.CpuMeter;
import dev.workbook.bench.load.DeflateEchoClient;
import dev.workbook.bench.servers.NettySocketIoBenchMain;
import dev.workbook.socketio.FreePortStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * What WebSocket compression costs netty-socketio: the same closed-loop echo with permessage-deflate
 * off (the workbook's setting) and on (the library's default), through a client that offers it.
 * {@code mvn -q -pl workbook-bench -am compile exec:java@compression}; writes {@code compression.md}.
 */
public final class CompressionProbe {

    private static final int CONNECTIONS = 20;
    private static final Duration WARMUP = Duration.ofSeconds(8);
    private static final Duration MEASURE = Duration.ofSeconds(4);
    private static final long CONNECT_TIMEOUT_SECONDS = 20;

    private CompressionProbe() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        List<Result> results = new ArrayList<>();
        for (boolean compression : new boolean[] {false, true, false, true}) {
            results.add(measure(compression, out, WARMUP, MEASURE));
        }
        String table = render(results);
        Files.createDirectories(out);
        Files.writeString(out.resolve("compression.md"), table);
        System.out.println(table);
    }

    /** One server, freshly started, warmed up, then measured; its log goes under {@code out}. */
    static Result measure(boolean compression, Path out, Duration warmup, Duration measure) throws IOException, InterruptedException {
        int port = FreePortStart.freePort("127.0.0.1");
        List<String> flags = List.of("-D" + NettySocketIoBenchMain.COMPRESSION + "=" + compression);
        Path log = out.resolve("logs").resolve("compression-" + compression + ".log");
        try (ServerProcess server = ServerProcess.startJava(NettySocketIoBenchMain.class.getName(), port, log, flags)) {
            LongAdder echoes = new LongAdder();
            List<DeflateEchoClient> clients = new ArrayList<>();
            try {
                boolean negotiated = connect(port, echoes, clients);
                clients.forEach(DeflateEchoClient::startEchoing);
                LockSupport.parkNanos(warmup.toNanos());
                CpuMeter cpu = new CpuMeter(server::cpuTicks);
                long before = echoes.sum();
                long start = System.nanoTime();
                cpu.start();
                LockSupport.parkNanos(measure.toNanos());
                cpu.stop();
                long counted = echoes.sum() - before;
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Result(compression, negotiated, counted / seconds, cpu.serverMicrosPer(counted),
                        cpu.clientMicrosPer(counted));
            } finally {
                clients.forEach(DeflateEchoClient::stop);
            }
        }
    }

    private static boolean connect(int port, LongAdder echoes, List<DeflateEchoClient> clients)
            throws IOException, InterruptedException {
        for (int i = 0; i < CONNECTIONS; i++) {
            clients.add(DeflateEchoClient.connectTo(port, echoes));
        }
        boolean allNegotiated = true;
        for (DeflateEchoClient client : clients) {
            try {
                allNegotiated &= client.connected().get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException failed) {
                throw new IOException("a probe client could not connect: " + failed, failed);
            }
        }
        return allNegotiated;
    }

    static String render(List<Result> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "netty-socketio echo, %d connections, one message in flight each; each row a fresh server.%n%n", CONNECTIONS));
        table.append("| compression | negotiated | echo msg/s | server CPU/msg us | client CPU/msg us |\n");
        table.append("|---|---|---:|---:|---:|\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.1f | %.1f |%n", r.compression() ? "on" : "off",
                    r.negotiated() ? "yes" : "no", r.messagesPerSecond(), r.serverMicros(), r.clientMicros()));
        }
        return table.toString();
    }

    /** One measurement: whether compression was asked for and agreed, and what the echo cost. */
    record Result(boolean compression, boolean negotiated, double messagesPerSecond, double serverMicros,
                  double clientMicros) {
    }
}
