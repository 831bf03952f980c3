package dev.workbook.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop echo: each sending connection has one message in flight and sends the next as soon
 * as the echo comes back. The first {@code drop} of the run is warm-up and not counted.
 *
 * <p>Closed loop means a slow server slows the senders down too, so the latencies here are those of
 * a load the server chose, not of a fixed arrival rate (the lesson's "coordinated omission").
 */
public final class EchoLoad implements Receiver {

    /** About the size of a short chat line. */
    public static final String PAYLOAD = "0123456789abcdefghijklmnopqrstuv";
    private static final long DRAIN_SECONDS = 10;

    private final Samples samples;
    private final AtomicLong received = new AtomicLong();
    private final AtomicInteger sent = new AtomicInteger();
    private final int maxMessages;
    private final CountDownLatch finished;
    private volatile long dropUntil;
    private volatile long endAt;

    private EchoLoad(int senders, int maxMessages) {
        this.samples = new Samples(maxMessages);
        this.maxMessages = maxMessages;
        this.finished = new CountDownLatch(senders);
    }

    /** Runs an echo load on up to {@code concurrency} of {@code connections}, spread evenly over them. */
    public static EchoResult run(List<BenchConnection> connections, int concurrency, Duration drop, Duration time,
                                 int maxMessages, CpuMeter cpu) throws InterruptedException {
        List<BenchConnection> senders = spread(connections, concurrency);
        EchoLoad load = new EchoLoad(senders.size(), maxMessages);
        long start = System.nanoTime();
        load.dropUntil = start + drop.toNanos();
        load.endAt = load.dropUntil + time.toNanos();
        senders.forEach(c -> c.receiveWith(load));
        senders.forEach(load::sendNext);
        LockSupport.parkNanos(load.dropUntil - System.nanoTime());
        long counted0 = load.received.get();
        long t0 = System.nanoTime();
        cpu.start();
        load.finished.await(Math.max(0, load.endAt - System.nanoTime()), TimeUnit.NANOSECONDS);
        cpu.stop();
        long counted = load.received.get() - counted0;
        double seconds = (System.nanoTime() - t0) / 1e9;
        load.finished.await(DRAIN_SECONDS, TimeUnit.SECONDS); // what has not come back by then is lost
        senders.forEach(c -> c.receiveWith(Receiver.NONE));
        Samples s = load.samples;
        return new EchoResult(counted / seconds, s.percentileMillis(0.5), s.percentileMillis(0.9), s.percentileMillis(0.99),
                s.percentileMillis(0.999), s.percentileMillis(1.0), s.count(), cpu.serverMicrosPer(counted),
                cpu.clientMicrosPer(counted), cpu.serverWritesPer(counted), cpu.serverKiloInstructionsPer(counted),
                load.finished.getCount());
    }

    @Override
    public void echoed(BenchConnection connection, String payload, long nanoTime) {
        received.incrementAndGet();
        if (nanoTime >= dropUntil && nanoTime < endAt) {
            samples.add(nanoTime - connection.sentAt);
        }
        if (nanoTime < endAt && sent.get() < maxMessages) {
            sendNext(connection);
        } else {
            finished.countDown();
        }
    }

    private void sendNext(BenchConnection connection) {
        sent.incrementAndGet();
        connection.sentAt = System.nanoTime();
        connection.echo(PAYLOAD);
    }

    private static List<BenchConnection> spread(List<BenchConnection> connections, int concurrency) {
        int senders = Math.min(concurrency, connections.size());
        int step = connections.size() / senders;
        return java.util.stream.IntStream.range(0, senders).mapToObj(i -> connections.get(i * step)).toList();
    }
}
