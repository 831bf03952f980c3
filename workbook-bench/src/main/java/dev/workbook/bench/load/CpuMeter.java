package dev.workbook.bench.load;

import dev.workbook.bench.ProcStats;
import java.util.function.LongSupplier;

/**
 * Reads the server's and the load generator's own CPU time together, so that a measurement can say
 * how many microseconds each spent per message between two readings; given the server's pid, also
 * its write calls and (where {@code perf} can count them) its instructions, two counts that a busy
 * machine does not inflate.
 */
public final class CpuMeter {

    private static final long SELF = ProcessHandle.current().pid();
    private static final long UNCOUNTED = -1;

    private final LongSupplier serverTicks;
    private final long serverPid;
    private long server0;
    private long client0;
    private long writes0;
    private long serverTicksSpent;
    private long clientTicksSpent;
    private long writesSpent = UNCOUNTED;
    private long instructions = UNCOUNTED;
    private int slices;
    private PerfStat perf;

    /** CPU time only. */
    public CpuMeter(LongSupplier serverTicks) {
        this(serverTicks, -1);
    }

    /** CPU time, and the write calls and instructions of process {@code serverPid}. */
    public CpuMeter(LongSupplier serverTicks, long serverPid) {
        this.serverTicks = serverTicks;
        this.serverPid = serverPid;
    }

    public void start() {
        if (serverPid > 0) {
            perf = PerfStat.attach(serverPid);
            writes0 = ProcStats.writeCalls(serverPid);
        }
        server0 = serverTicks.getAsLong();
        client0 = ProcStats.cpuTicks(SELF);
    }

    /** Adds what was spent since {@link #start}: a meter may count several slices of one load. */
    public void stop() {
        serverTicksSpent += serverTicks.getAsLong() - server0;
        clientTicksSpent += ProcStats.cpuTicks(SELF) - client0;
        if (serverPid > 0) {
            long writes = ProcStats.writeCalls(serverPid);
            writesSpent = add(writesSpent, writes < 0 || writes0 < 0 ? UNCOUNTED : writes - writes0);
            instructions = add(instructions, perf == null ? UNCOUNTED : perf.stop());
            perf = null;
        }
        slices++;
    }

    /** A count over the slices so far plus this slice's: uncounted once any slice was. */
    private long add(long sum, long slice) {
        if (slice == UNCOUNTED || (slices > 0 && sum == UNCOUNTED)) {
            return UNCOUNTED;
        }
        return Math.max(0, sum) + slice;
    }

    /** Server CPU microseconds per unit of work between start and stop; NaN for no work. */
    public double serverMicrosPer(long work) {
        return work == 0 ? Double.NaN : serverTicksSpent * (double) ProcStats.MICROS_PER_TICK / work;
    }

    /** The load generator's own CPU microseconds per unit of work: it must stay well below the server's. */
    public double clientMicrosPer(long work) {
        return work == 0 ? Double.NaN : clientTicksSpent * (double) ProcStats.MICROS_PER_TICK / work;
    }

    /** The server's write and writev calls per unit of work; NaN where not counted. */
    public double serverWritesPer(long work) {
        return work == 0 || writesSpent < 0 ? Double.NaN : writesSpent / (double) work;
    }

    /** The server's instructions per unit of work, in thousands; NaN where perf could not count them. */
    public double serverKiloInstructionsPer(long work) {
        return work == 0 || instructions < 0 ? Double.NaN : instructions / 1000.0 / work;
    }
}
