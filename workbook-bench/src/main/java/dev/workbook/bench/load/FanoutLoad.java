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
 * Given a {@link WriteWatch} on the server, each round also says when the server made its last write.
 */
public final class FanoutLoad implements Receiver {

    /** Rounds not counted at the start of each run. */
    public static final int WARMUP_ROUNDS = 3;
    private static final long ROUND_TIMEOUT_SECONDS = 15;

    private volatile Round current;

    /**
     * Broadcasts until {@code maxBroadcasts} were counted or {@code time} is up, whichever comes first;
     * {@code watch} may be null (no server part then).
     */
    public static FanoutResult run(List<BenchConnection> members, int maxBroadcasts, Duration time, CpuMeter cpu,
                                   WriteWatch watch) throws InterruptedException {
        FanoutLoad load = new FanoutLoad();
        members.forEach(c -> c.receiveWith(load));
        Samples seen = new Samples(maxBroadcasts);
        Samples written = new Samples(maxBroadcasts);
        BenchConnection sender = members.get(0);
        long deadline = System.nanoTime() + time.toNanos();
        boolean incomplete = false;
        try {
            for (int round = 0; round < WARMUP_ROUNDS + maxBroadcasts && System.nanoTime() < deadline; round++) {
                if (round == WARMUP_ROUNDS) {
                    cpu.start();
                }
                long start = System.nanoTime();
                long done = load.oneRound(sender, round, members.size());
                if (done < 0) {
                    incomplete = true;
                    break;
                }
                if (round >= WARMUP_ROUNDS) {
                    seen.add(done - start);
                    addServerPart(watch, start, done, written);
                }
            }
            cpu.stop();
        } finally {
            members.forEach(c -> c.receiveWith(Receiver.NONE));
        }
        long deliveries = (long) seen.count() * members.size();
        return new FanoutResult(seen.count(), seen.percentileMillis(0.5), seen.percentileMillis(0.99),
                seen.percentileMillis(1.0), written.percentileMillis(0.5), written.percentileMillis(0.99),
                cpu.serverMicrosPer(deliveries), cpu.clientMicrosPer(deliveries), cpu.serverWritesPer(deliveries),
                cpu.serverKiloInstructionsPer(deliveries), incomplete);
    }

    /** Waits for the watch to read past the round's end (before the next broadcast can write), then asks it. */
    private static void addServerPart(WriteWatch watch, long start, long done, Samples written) {
        if (watch == null) {
            return;
        }
        watch.awaitReadingAfter(done);
        long lastWrite = watch.lastWriteBetween(start, done);
        if (lastWrite > 0) { // a round shorter than the watch's interval is first seen after it ended: it ended by then
            written.add(Math.min(lastWrite, done) - start);
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
