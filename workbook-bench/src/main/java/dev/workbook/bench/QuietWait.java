package dev.workbook.bench;

import java.time.Duration;

/**
 * Waits, before a cell, until the whole machine is idle: what the cell before it set going (a
 * thread-per-connection server's threads exiting, a collection of the connections it dropped) must
 * not fall on the servers measured next.
 */
public final class QuietWait {

    /** One look at the machine: a tenth of a core in it is two of the kernel's 10 ms ticks, a shorter one could miss it. */
    static final Duration WINDOW = Duration.ofMillis(200);
    /** Busy below this many cores, summed over every core, for one whole window is quiet. */
    public static final double QUIET_CORES = 0.1;
    /** Never longer: a cell that began on a busy machine is reported under the table, not waited for forever. */
    public static final Duration LONGEST = Duration.ofSeconds(15);

    private QuietWait() {
    }

    /** Returns how long it waited, the quiet window included; {@link #LONGEST} or more if the machine never went quiet. */
    static Duration untilQuiet() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + LONGEST.toNanos();
        while (System.nanoTime() < deadline) {
            long busy0 = ProcStats.machineBusyTicks();
            long t0 = System.nanoTime();
            Thread.sleep(WINDOW.toMillis()); // a rate needs a window: there is no event to wait for
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cores = (ProcStats.machineBusyTicks() - busy0) / (double) ProcStats.TICKS_PER_SECOND / seconds;
            if (cores < QUIET_CORES) {
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
