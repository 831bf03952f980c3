package dev.workbook.bench.load;

import dev.workbook.bench.ProcStats;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells when a server made its first and last write of a broadcast, from outside: a thread reads
 * how many bytes the server process has written so far ({@code wchar} of {@code /proc/<pid>/io})
 * every {@value #POLL_MICROS} us; a round's first write is the first reading that shows a byte of
 * it, its last write the first reading that already shows every byte the round wrote. On
 * loopback a written frame is in the receiver's socket at once, so this is the server's own part
 * of a fan-out, whatever the load generator then takes to read it.
 *
 * <p>Every server here writes with {@code write}/{@code writev}, which {@code wchar} counts; not
 * Netty's native transport ({@code -Dbench.netty.epoll=true}), which sends with {@code sendto}:
 * there the last write is not measured.
 */
public final class WriteWatch implements AutoCloseable {

    static final long POLL_MICROS = 200;
    private static final int CAPACITY = 1 << 16;
    private static final long AWAIT_NANOS = 50_000_000;

    private final RandomAccessFile io;
    private final byte[] buffer = new byte[512];
    private final long[] times = new long[CAPACITY];
    private final long[] written = new long[CAPACITY];
    private final Thread poller;
    /** Readings published so far: written after the arrays, read before them. */
    private volatile int count;
    private volatile boolean running = true;

    private WriteWatch(RandomAccessFile io, long pid) {
        this.io = io;
        this.poller = new Thread(this::poll, "bench-write-watch-" + pid);
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts watching {@code pid}; null where the kernel keeps no I/O accounting. */
    public static WriteWatch of(long pid) {
        try {
            return new WriteWatch(new RandomAccessFile("/proc/" + pid + "/io", "r"), pid);
        } catch (IOException | SecurityException unavailable) {
            return null;
        }
    }

    /**
     * When the server made its first and its last write of what it wrote between {@code from} and {@code to}: the
     * nanoTimes of the first readings that showed a byte of it and all of it; null if it wrote nothing readable in
     * between or the watch fell behind.
     */
    public Writes writesBetween(long from, long to) {
        int readings = count;
        Span span = span(times, written, readings, from, to);
        return span == null ? null : new Writes(times[span.first()], times[span.last()]);
    }

    /**
     * Of {@code count} readings ({@code times} ascending, {@code written} the bytes so far at each), between the last
     * before {@code from} and the first at or after {@code to}: the first that shows more bytes than the one before
     * {@code from}, and the first that shows all of them; null when no reading lies before {@code from} or after
     * {@code to}, or nothing was written in between.
     */
    static Span span(long[] times, long[] written, int count, long from, long to) {
        int before = -1;
        int after = -1;
        for (int i = 0; i < count && after < 0; i++) {
            if (times[i] < from) {
                before = i;
            } else if (times[i] >= to) {
                after = i;
            }
        }
        if (before < 0 || after < 0 || written[after] == written[before]) {
            return null;
        }
        int first = before + 1;
        while (written[first] == written[before]) {
            first++;
        }
        int last = first;
        while (written[last] != written[after]) {
            last++;
        }
        return new Span(first, last);
    }

    /** Indexes of the readings that first showed a round's first and last write. */
    record Span(int first, int last) {
    }

    /** When a server's first and last write of a round were seen (nanoTime). */
    public record Writes(long first, long last) {
    }

    /** Waits (a millisecond or so) until there is a reading taken at or after {@code time}, so that a round can be judged. */
    public void awaitReadingAfter(long time) {
        long deadline = System.nanoTime() + AWAIT_NANOS;
        while (running && latest() < time && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_MICROS * 1000 / 4);
        }
    }

    private long latest() {
        int readings = count;
        return readings == 0 ? Long.MIN_VALUE : times[readings - 1];
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(1000);
            io.close();
        } catch (IOException ignored) {
            // a /proc file: nothing to flush
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        while (running && count < CAPACITY) {
            long value = wchar();
            if (value < 0) {
                return;
            }
            int i = count;
            times[i] = System.nanoTime();
            written[i] = value;
            count = i + 1;
            LockSupport.parkNanos(POLL_MICROS * 1000);
        }
    }

    /** Reads wchar again: a /proc file read from its start shows the figures of that moment. */
    private long wchar() {
        try {
            io.seek(0);
            int length = io.read(buffer);
            return length <= 0 ? -1 : ProcStats.ioField(new String(buffer, 0, length, StandardCharsets.US_ASCII), "wchar");
        } catch (IOException gone) {
            return -1;
        }
    }
}
