package dev.workbook.bench.load;

import dev.workbook.bench.ProcStats;
import java.util.function.LongSupplier;

/**
 * Reads the server's and the load generator's own CPU time together, so that a measurement can say
 * how many microseconds each spent per message between two readings.
 */
public final class CpuMeter {

    private static final long SELF = ProcessHandle.current().pid();

    private final LongSupplier serverTicks;
    private long server0;
    private long client0;
    private long serverTicksSpent;
    private long clientTicksSpent;

    public CpuMeter(LongSupplier serverTicks) {
        this.serverTicks = serverTicks;
    }

    public void start() {
        server0 = serverTicks.getAsLong();
        client0 = ProcStats.cpuTicks(SELF);
    }

    public void stop() {
        serverTicksSpent = serverTicks.getAsLong() - server0;
        clientTicksSpent = ProcStats.cpuTicks(SELF) - client0;
    }

    /** Server CPU microseconds per unit of work between start and stop; NaN for no work. */
    public double serverMicrosPer(long work) {
        return work == 0 ? Double.NaN : serverTicksSpent * (double) ProcStats.MICROS_PER_TICK / work;
    }

    /** The load generator's own CPU microseconds per unit of work: it must stay well below the server's. */
    public double clientMicrosPer(long work) {
        return work == 0 ? Double.NaN : clientTicksSpent * (double) ProcStats.MICROS_PER_TICK / work;
    }
}
