package dev.workbook.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Room fan-out: one connection broadcasts, every member of the room (the sender too) receives it;
 * the next broadcast goes once the last member has the previous one. The first rounds are warm-up.
 * Given the server's pid, each round also says when the server made its first and last write
 * ({@link WriteWatch}, one per slice, so that it polls only while its server is measured).
 */
public final class FanoutLoad implements Receiver {

    /** Rounds not counted at the start of each run. */
    public static final int WARMUP_ROUNDS = 3;
    private static final long ROUND_TIMEOUT_SECONDS = 15;

    private final List<BenchConnection> members;
    private final int maxBroadcasts;
    private final CpuMeter cpu;
    private final long watchedPid;
    private final Samples seen;
    private final Samples firstWritten;
    private final Samples written;
    private volatile Round current;
    private int rounds;
    private boolean incomplete;

    /**
     * Broadcasts to {@code members}, counting at most {@code maxBroadcasts} over all its slices; {@code watchedPid} is
     * the server's, or 0 (no server part then). Nothing runs yet.
     */
    public FanoutLoad(List<BenchConnection> members, int maxBroadcasts, CpuMeter cpu, long watchedPid) {
        this.members = members;
        this.maxBroadcasts = maxBroadcasts;
        this.cpu = cpu;
        this.watchedPid = watchedPid;
        this.seen = new Samples(maxBroadcasts);
        this.firstWritten = new Samples(maxBroadcasts);
        this.written = new Samples(maxBroadcasts);
    }

    /** Broadcasts in one slice, until {@code maxBroadcasts} were counted or {@code time} is up, whichever comes first. */
    public static FanoutResult run(List<BenchConnection> members, int maxBroadcasts, Duration time, CpuMeter cpu,
                                   long watchedPid) throws InterruptedException {
        FanoutLoad load = new FanoutLoad(members, maxBroadcasts, cpu, watchedPid);
        load.slice(time);
        return load.result();
    }

    /**
     * Broadcasts, one round after the other, for {@code time} at most (the first {@value #WARMUP_ROUNDS} rounds of the
     * first slice are not counted), until {@code maxBroadcasts} are counted, or a member missed one.
     */
    public void slice(Duration time) throws InterruptedException {
        members.forEach(c -> c.receiveWith(this));
        BenchConnection sender = members.get(0);
        long deadline = System.nanoTime() + time.toNanos();
        boolean metering = false;
        WriteWatch watch = watchedPid > 0 ? WriteWatch.of(watchedPid) : null;
        try {
            while (!incomplete && seen.count() < maxBroadcasts && System.nanoTime() < deadline) {
                if (!metering && rounds >= WARMUP_ROUNDS) {
                    cpu.start();
                    metering = true;
                }
                long start = System.nanoTime();
                long done = oneRound(sender, rounds++, members.size());
                if (done < 0) {
                    incomplete = true;
                } else if (metering) {
                    seen.add(done - start);
                    addServerPart(watch, start, done);
                }
            }
        } finally {
            if (metering) {
                cpu.stop();
            }
            if (watch != null) {
                watch.close();
            }
            members.forEach(c -> c.receiveWith(Receiver.NONE));
        }
    }

    /** The figures over every slice so far. */
    public FanoutResult result() {
        long deliveries = (long) seen.count() * members.size();
        return new FanoutResult(seen.count(), seen.percentileMillis(0.5), seen.percentileMillis(0.99),
                seen.percentileMillis(1.0), firstWritten.percentileMillis(0.5), written.percentileMillis(0.5),
                written.percentileMillis(0.99),
                cpu.serverMicrosPer(deliveries), cpu.clientMicrosPer(deliveries), cpu.serverWritesPer(deliveries),
                cpu.serverKiloInstructionsPer(deliveries), incomplete);
    }

    /** Waits for the watch to read past the round's end (before the next broadcast can write), then asks it. */
    private void addServerPart(WriteWatch watch, long start, long done) {
        if (watch == null) {
            return;
        }
        watch.awaitReadingAfter(done);
        WriteWatch.Writes writes = watch.writesBetween(start, done);
        if (writes != null) { // a round shorter than the watch's interval is first seen after it ended: it ended by then
            firstWritten.add(Math.min(writes.first(), done) - start);
            written.add(Math.min(writes.last(), done) - start);
        }
    }

    /** When the last member had it (nanoTime); -1 if some member never got it. */
    private long oneRound(BenchConnection sender, int id, int expected) throws InterruptedException {
        Round round = new Round(Integer.toString(id), expected);
        current = round;
        sender.broadcast(round.id);
        try {
            return round.done.get(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException lost) {
            return -1;
        }
    }

    @Override
    public void broadcast(BenchConnection connection, String payload, long nanoTime) {
        Round round = current;
        if (round != null && round.id.equals(payload) && round.arrived.incrementAndGet() == round.expected) {
            round.done.complete(nanoTime);
        }
    }

    /** One broadcast on its way: how many members have it, and when the last one got it. */
    private static final class Round {
        final String id;
        final int expected;
        final AtomicInteger arrived = new AtomicInteger();
        final CompletableFuture<Long> done = new CompletableFuture<>();

        Round(String id, int expected) {
            this.id = id;
            this.expected = expected;
        }
    }
}
