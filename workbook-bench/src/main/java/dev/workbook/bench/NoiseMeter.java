package dev.workbook.bench;

import java.time.Duration;
import java.util.List;

/**
 * Measures how busy the machine was with work that is not the benchmark's: all CPU time spent
 * minus the servers' and the load generator's, in cores, beside the kernel's CPU pressure.
 */
public final class NoiseMeter {

    /** More than this many cores busy with other work during a measurement flags it as noisy. */
    public static final double NOISY_OTHER_CORES = 0.25;
    private static final long SELF = ProcessHandle.current().pid();

    private final List<Long> ours;
    private long busy0;
    private long ours0;
    private long t0;
    private Duration waited = Duration.ZERO;

    public NoiseMeter(List<Long> serverPids) {
        this.ours = new java.util.ArrayList<>(serverPids);
        this.ours.add(SELF);
    }

    /** Waits for the machine to go quiet ({@link QuietWait}), then starts counting. */
    public void startWhenQuiet() throws InterruptedException {
        waited = QuietWait.untilQuiet();
        start();
    }

    public void start() {
        busy0 = ProcStats.machineBusyTicks();
        ours0 = ProcStats.cpuTicks(ours);
        t0 = System.nanoTime();
    }

    public Noise stop() {
        double seconds = (System.nanoTime() - t0) / 1e9;
        long others = (ProcStats.machineBusyTicks() - busy0) - (ProcStats.cpuTicks(ours) - ours0);
        double cores = Math.max(0, others / (double) ProcStats.TICKS_PER_SECOND / seconds);
        return new Noise(cores, ProcStats.cpuPressureAvg10(), ProcStats.loadAverage(), cores > NOISY_OTHER_CORES, waited.toMillis());
    }

    /**
     * @param otherCores cores busy with other processes, on average
     * @param cpuPressureAvg10 the kernel's "some" CPU pressure over the last 10 s, percent (includes the bench itself)
     * @param loadAverage the 1-minute load average at the end
     * @param noisy whether other work took more than {@value #NOISY_OTHER_CORES} of a core
     * @param quietAfterMs how long the machine took to go quiet before the measurement began
     */
    public record Noise(double otherCores, double cpuPressureAvg10, double loadAverage, boolean noisy, long quietAfterMs) {
    }
}
