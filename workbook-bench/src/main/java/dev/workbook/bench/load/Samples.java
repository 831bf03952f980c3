package dev.workbook.bench.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latencies in nanoseconds, recorded from many threads into a fixed array (no allocation while
 * measuring), then sorted once for the percentiles.
 */
public final class Samples {

    private final long[] values;
    private final AtomicInteger count = new AtomicInteger();
    private long[] sorted;

    public Samples(int capacity) {
        this.values = new long[capacity];
    }

    /** Records one latency; beyond the capacity it is counted out, never a crash. */
    public void add(long nanos) {
        int index = count.getAndIncrement();
        if (index < values.length) {
            values[index] = nanos;
        }
    }

    public int count() {
        return Math.min(count.get(), values.length);
    }

    /** The value below which {@code fraction} of the samples fall (nearest rank), in milliseconds; NaN when empty. */
    public double percentileMillis(double fraction) {
        if (sorted == null) {
            sorted = Arrays.copyOf(values, count());
            Arrays.sort(sorted);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
