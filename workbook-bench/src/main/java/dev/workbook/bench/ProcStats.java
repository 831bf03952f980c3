package dev.workbook.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Linux says about a process and the machine, read from {@code /proc}: CPU time in clock
 * ticks (100 a second on Linux), resident memory, CPU pressure and the load average.
 *
 * @see <a href="https://docs.kernel.org/filesystems/proc.html">the /proc file system</a>
 */
public final class ProcStats {

    /** {@code getconf CLK_TCK}: 100 on every Linux this bench has met. */
    public static final long TICKS_PER_SECOND = 100;
    public static final long MICROS_PER_TICK = 1_000_000 / TICKS_PER_SECOND;

    private ProcStats() {
    }

    /** User plus system CPU time of the process (all its threads), in ticks. */
    public static long cpuTicks(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which sits in parentheses and may itself hold spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
    }

    /** Resident set size, in bytes (VmRSS). */
    public static long rssBytes(long pid) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /**
     * How many {@code write}/{@code writev} calls the process (all its threads) has made ({@code syscw} of
     * {@code /proc/<pid>/io}): a count, steady where CPU time is not; -1 where the kernel does not keep it.
     */
    public static long writeCalls(long pid) {
        Path io = Path.of("/proc", Long.toString(pid), "io");
        if (!Files.isReadable(io)) {
            return -1;
        }
        return ioField(read(io), "syscw");
    }

    /** One counter of a {@code /proc/<pid>/io} text, say {@code wchar}; -1 if it has none. */
    public static long ioField(String io, String name) {
        for (String line : io.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        return -1;
    }

    /** Busy ticks of the whole machine, every core summed: everything but idle and iowait. */
    public static long machineBusyTicks() {
        String[] cpu = read(Path.of("/proc/stat")).split("\n")[0].trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < Math.min(cpu.length, 9); i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(cpu[i]);
            }
        }
        return busy;
    }

    /** The share of time some task waited for a CPU over the last 10 s, in percent; -1 where the kernel has no PSI. */
    public static double cpuPressureAvg10() {
        Path psi = Path.of("/proc/pressure/cpu");
        if (!Files.isReadable(psi)) {
            return -1;
        }
        String some = read(psi).split("\n")[0];
        for (String field : some.split(" ")) {
            if (field.startsWith("avg10=")) {
                return Double.parseDouble(field.substring("avg10=".length()));
            }
        }
        return -1;
    }

    /** The 1-minute load average. */
    public static double loadAverage() {
        return Double.parseDouble(read(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** How long this JVM's collectors have taken since it started, in ms. */
    public static long ownGcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /**
     * Packets the kernel dropped because a core's input backlog was full, every core summed (the second column of
     * {@code /proc/net/softnet_stat}, in hex); on loopback such a drop costs a retransmission. -1 where unreadable.
     */
    public static long packetsDropped() {
        Path softnet = Path.of("/proc/net/softnet_stat");
        if (!Files.isReadable(softnet)) {
            return -1;
        }
        long dropped = 0;
        for (String line : read(softnet).split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 1) {
                dropped += Long.parseLong(columns[1], 16);
            }
        }
        return dropped;
    }

    /** TCP's retransmission timeouts since boot ({@code TCPTimeouts} of {@code /proc/net/netstat}); -1 where unreadable. */
    public static long tcpTimeouts() {
        Path netstat = Path.of("/proc/net/netstat");
        if (!Files.isReadable(netstat)) {
            return -1;
        }
        String[] lines = read(netstat).split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            if (lines[i].startsWith("TcpExt:")) {
                List<String> names = List.of(lines[i].trim().split("\\s+"));
                int at = names.indexOf("TCPTimeouts");
                return at < 0 ? -1 : Long.parseLong(lines[i + 1].trim().split("\\s+")[at]);
            }
        }
        return -1;
    }

    /** The CPU time of several processes together, in ticks; a process that is gone counts 0. */
    public static long cpuTicks(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                sum += cpuTicks(pid);
            } catch (IllegalStateException gone) {
                // ended meanwhile
            }
        }
        return sum;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
