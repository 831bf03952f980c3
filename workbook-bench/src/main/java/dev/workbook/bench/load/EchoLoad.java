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
 * as the echo comes back. The first {@code drop} of a slice is warm-up and not counted. One echo
 * may run in several slices (see {@link #slice}), so that two servers measured together take turns
 * and share whatever the machine did meanwhile; the figures are over all slices.
 *
 * <p>Closed loop means a slow server slows the senders down too, so the latencies here are those of
 * a load the server chose, not of a fixed arrival rate (the lesson's "coordinated omission").
 */
public final class EchoLoad {

    /** About the size of a short chat line. */
    public static final String PAYLOAD = "0123456789abcdefghijklmnopqrstuv";
    private static final long DRAIN_SECONDS = 10;

    private final List<BenchConnection> senders;
    private final int maxMessages;
    private final CpuMeter cpu;
    private final Samples samples;
    private long counted;
    private long countedNanos;
    private long lost;
    private long longestSilence;

    /** An echo on up to {@code concurrency} of {@code connections}, spread evenly over them; nothing runs yet. */
    public EchoLoad(List<BenchConnection> connections, int concurrency, int maxMessages, CpuMeter cpu) {
        this.senders = spread(connections, concurrency);
        this.maxMessages = maxMessages;
        this.cpu = cpu;
        this.samples = new Samples(maxMessages);
    }

    /** Runs an echo load in one slice: {@code drop} of warm-up, then {@code time} counted. */
    public static EchoResult run(List<BenchConnection> connections, int concurrency, Duration drop, Duration time,
                                 int maxMessages, CpuMeter cpu) throws InterruptedException {
        EchoLoad load = new EchoLoad(connections, concurrency, maxMessages, cpu);
        load.slice(drop, time);
        return load.result();
    }

    /**
     * One slice: every sender starts its loop, the first {@code drop} is not counted, then {@code time} is; then it
     * waits until every echo in flight is back (what is not back after 10 s is lost), so that nothing of this slice
     * overlaps what runs next.
     */
    public void slice(Duration drop, Duration time) throws InterruptedException {
        Slice slice = new Slice(drop, time);
        senders.forEach(c -> c.receiveWith(slice));
        senders.forEach(slice::sendNext);
        LockSupport.parkNanos(slice.dropUntil - System.nanoTime());
        long counted0 = slice.received.get();
        long t0 = System.nanoTime();
        cpu.start();
        slice.finished.await(Math.max(0, slice.endAt - System.nanoTime()), TimeUnit.NANOSECONDS);
        cpu.stop();
        long t1 = System.nanoTime();
        slice.longestSilence.accumulateAndGet(Math.min(t1, slice.endAt) - slice.lastEcho.get(), Math::max);
        counted += slice.received.get() - counted0;
        countedNanos += t1 - t0;
        slice.finished.await(DRAIN_SECONDS, TimeUnit.SECONDS); // what has not come back by then is lost
        senders.forEach(c -> c.receiveWith(Receiver.NONE));
        lost += slice.finished.getCount();
        longestSilence = Math.max(longestSilence, slice.longestSilence.get());
    }

    /** The figures over every slice so far. */
    public EchoResult result() {
        Samples s = samples;
        return new EchoResult(counted / (countedNanos / 1e9), s.percentileMillis(0.5), s.percentileMillis(0.9),
                s.percentileMillis(0.99), s.percentileMillis(0.999), s.percentileMillis(1.0), s.count(),
                cpu.serverMicrosPer(counted), cpu.clientMicrosPer(counted), cpu.serverWritesPer(counted),
                cpu.serverKiloInstructionsPer(counted), lost, longestSilence / 1e6);
    }

    private static List<BenchConnection> spread(List<BenchConnection> connections, int concurrency) {
        int senders = Math.min(concurrency, connections.size());
        int step = connections.size() / senders;
        return java.util.stream.IntStream.range(0, senders).mapToObj(i -> connections.get(i * step)).toList();
    }

    /** One slice's loop, from its senders' first message to their last echo. */
    private final class Slice implements Receiver {

        private final AtomicLong received = new AtomicLong();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicLong lastEcho = new AtomicLong();
        private final AtomicLong longestSilence = new AtomicLong();
        private final CountDownLatch finished = new CountDownLatch(senders.size());
        private final long dropUntil;
        private final long endAt;

        Slice(Duration drop, Duration time) {
            this.dropUntil = System.nanoTime() + drop.toNanos();
            this.endAt = dropUntil + time.toNanos();
            lastEcho.set(dropUntil);
        }

        @Override
        public void echoed(BenchConnection connection, String payload, long nanoTime) {
            received.incrementAndGet();
            if (nanoTime >= dropUntil && nanoTime < endAt) {
                samples.add(nanoTime - connection.sentAt);
                longestSilence.accumulateAndGet(nanoTime - lastEcho.getAndSet(nanoTime), Math::max);
            }
            if (nanoTime < endAt && sent.get() < maxMessages) {
                sendNext(connection);
            } else {
                finished.countDown();
            }
        }

        void sendNext(BenchConnection connection) {
            sent.incrementAndGet();
            connection.sentAt = System.nanoTime();
            connection.echo(PAYLOAD);
        }
    }
}
