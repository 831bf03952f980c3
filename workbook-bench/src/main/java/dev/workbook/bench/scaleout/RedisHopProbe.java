package dev.workbook.bench.scaleout;

import dev.workbook.bench.ServerProcess;
import dev.workbook.bench.load.CpuMeter;
import dev.workbook.bench.load.Samples;
import dev.workbook.bench.servers.ChatNodeBenchMain;
import dev.workbook.socketio.FreePortStart;
import dev.workbook.step06.EmbeddedRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The price of the Redis hop: step 06's chat with a room of members on one node, and the same room
 * spread over two nodes, in turn, each node a process of its own on one Redis. A member on the first
 * node says a message, waits until every member has it, and says the next.
 * {@code mvn -q -pl workbook-bench -am compile exec:java@redis-hop}; writes {@code redis-hop.md}.
 */
public final class RedisHopProbe {

    private static final int MEMBERS = Integer.getInteger("bench.hop.members", 200);
    private static final int MESSAGES = Integer.getInteger("bench.hop.messages", 300);
    private static final int WARMUP = Integer.getInteger("bench.hop.warmup", 300);
    private static final int REPETITIONS = Integer.getInteger("bench.hop.reps", 3);
    private static final long MESSAGE_TIMEOUT_SECONDS = 10;

    private RedisHopProbe() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Path data = Files.createTempDirectory("workbook-redis-hop-");
        List<HopResult> results = new ArrayList<>();
        try (EmbeddedRedis redis = EmbeddedRedis.start(data, 0)) {
            for (int rep = 1; rep <= REPETITIONS; rep++) {
                for (int nodes : new int[] {1, 2}) {
                    results.add(measure(redis.address(), nodes, rep, out));
                }
            }
        }
        String table = HopResult.render(results, MEMBERS, MESSAGES);
        Files.createDirectories(out);
        Files.writeString(out.resolve("redis-hop.md"), table);
        System.out.println(table);
    }

    private static HopResult measure(String redis, int nodes, int rep, Path out) throws IOException, InterruptedException {
        List<ServerProcess> started = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                int port = FreePortStart.freePort("127.0.0.1");
                Path log = out.resolve("logs").resolve("redis-hop-" + rep + "-" + nodes + "-node-" + (i + 1) + ".log");
                started.add(ServerProcess.startJava(ChatNodeBenchMain.class.getName(), port, log,
                        List.of("-D" + ChatNodeBenchMain.REDIS + "=" + redis)));
                ports.add(port);
            }
            String room = "hop-" + rep + "-" + nodes;
            try (HopReceivers members = HopReceivers.join(ports, MEMBERS, room)) {
                roundTrips(members, room, "warm-up", WARMUP, new Samples(WARMUP));
                CpuMeter cpu = new CpuMeter(() -> started.stream().mapToLong(ServerProcess::cpuTicks).sum());
                Samples fanout = new Samples(MESSAGES);
                cpu.start();
                roundTrips(members, room, "measured", MESSAGES, fanout);
                cpu.stop();
                return new HopResult(rep, nodes, fanout.percentileMillis(0.5), fanout.percentileMillis(0.99),
                        cpu.serverMicrosPer((long) MESSAGES * members.size()));
            }
        } finally {
            started.forEach(ServerProcess::close);
        }
    }

    /** Says {@code count} messages, one at a time, each once every member has the one before. */
    private static void roundTrips(HopReceivers members, String room, String phase, int count, Samples fanout)
            throws InterruptedException {
        for (int i = 0; i < count; i++) {
            String text = String.format(Locale.ROOT, "%s-%s-%d", room, phase, i);
            CountDownLatch everyone = members.expect(text);
            long start = System.nanoTime();
            members.say(room, text);
            if (!everyone.await(MESSAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(everyone.getCount() + " of " + members.size() + " members never got " + text);
            }
            fanout.add(System.nanoTime() - start);
        }
    }
}
