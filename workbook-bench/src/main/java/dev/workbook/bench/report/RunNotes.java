package dev.workbook.bench.report;

import dev.workbook.bench.CellResult;
import dev.workbook.bench.NoiseMeter;
import dev.workbook.bench.QuietWait;
import dev.workbook.bench.ServerKind;
import dev.workbook.bench.load.Disturbances;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lines around the tables: what machine ran them, and how noisy it was while they were measured. */
final class RunNotes {

    /** No echo at all for this long is a stall: at 100 echoes in flight they normally come every few microseconds. */
    static final double STALL_MS = 50;

    private RunNotes() {
    }

    /** {@code Ran on: <cpu>, 2 cores, Linux 6.1, ...}: what two runs must share before their figures compare. */
    static String machine(Map<String, String> versions) {
        return "Ran on: " + versions.getOrDefault("cpu", "unknown CPU") + ", " + versions.get("cores") + " cores, kernel "
                + versions.getOrDefault("kernel", "unknown") + "; JDK " + versions.get("java") + " (virtual threads: "
                + versions.getOrDefault("virtualThreadsJdk", "none") + "); Node " + versions.get("node") + "; instructions "
                + versions.getOrDefault("instructions", "not asked") + "; " + versions.getOrDefault("handOff", "threads unpinned")
                + ".\n";
    }

    static String noise(Summary summary) {
        List<CellResult> cells = summary.results().cells();
        double worst = cells.stream().mapToDouble(c -> c.noise().otherCores()).max().orElse(0);
        double pressure = cells.stream().mapToDouble(c -> c.noise().cpuPressureAvg10()).max().orElse(-1);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nMachine: %d of %d cells noisy (other processes above"
                        + " %.2f of a core); other processes used up to %.2f cores; CPU pressure (some, avg10) up to %.1f%%;"
                        + " run took %.0f s.%n", summary.noisyCells(), cells.size(), NoiseMeter.NOISY_OTHER_CORES, worst, pressure,
                summary.results().seconds()));
        out.append(quietStarts(cells));
        cells.stream().filter(c -> c.echo().lost() > 0 || c.fanout().incomplete())
                .forEach(c -> out.append(String.format(Locale.ROOT, "  LOST: rep %d, %s at N = %d: %d echoes%s%n", c.rep(),
                        ServerKind.valueOf(c.server()).label(), c.n(), c.echo().lost(),
                        c.fanout().incomplete() ? ", and a broadcast that never reached every member" : "")));
        cells.stream().filter(c -> c.noise().noisy()).sorted(Comparator.comparingInt(CellResult::rep))
                .forEach(c -> out.append(String.format(Locale.ROOT, "  noisy: rep %d, %s at N = %d (%.2f other cores)%n",
                        c.rep(), ServerKind.valueOf(c.server()).label(), c.n(), c.noise().otherCores())));
        cells.stream().filter(RunNotes::stalled).sorted(Comparator.comparingInt(CellResult::rep))
                .forEach(c -> out.append(stall(c)));
        out.append("RSS/conn and heap/conn are shown only where they stand above their noise: positive in every"
                + " repetition, the smallest value larger than the spread between repetitions.\n");
        return out.toString();
    }

    /** How long cells waited for the machine to go quiet (the cell before them winding down), and any that never did. */
    private static String quietStarts(List<CellResult> cells) {
        long longest = cells.stream().mapToLong(c -> c.noise().quietAfterMs()).max().orElse(0);
        long never = cells.stream().filter(c -> c.noise().quietAfterMs() >= QuietWait.LONGEST.toMillis()).count();
        return String.format(Locale.ROOT, "Each cell began once the machine was quiet (below %.1f cores busy); the longest wait"
                + " was %.1f s%s.%n", QuietWait.QUIET_CORES, longest / 1000.0,
                never == 0 ? "" : "; " + never + " cell(s) began after " + QuietWait.LONGEST.toSeconds() + " s without it");
    }

    /** A pause of the whole echo long enough to move its rate, or a dropped packet, which costs a retransmission. */
    private static boolean stalled(CellResult cell) {
        return cell.echo().longestSilenceMs() >= STALL_MS || cell.duringEcho().packetsDropped() > 0
                || cell.duringEcho().tcpTimeouts() > 0 || cell.duringFanout().packetsDropped() > 0
                || cell.duringFanout().tcpTimeouts() > 0;
    }

    /** What stopped the cell, and what was going on meanwhile that may explain it. */
    private static String stall(CellResult c) {
        Disturbances.Counts echo = c.duringEcho();
        Disturbances.Counts fanout = c.duringFanout();
        return String.format(Locale.ROOT, "  stalled: rep %d, %s at N = %d: echo silent for up to %.0f ms; during echo and"
                        + " fan-out, the server's GC %s and %s, the load generator's %d and %d ms, packets dropped %d and %d,"
                        + " TCP timeouts %d and %d%n", c.rep(), ServerKind.valueOf(c.server()).label(), c.n(),
                c.echo().longestSilenceMs(), gc(echo.serverGcMs()), gc(fanout.serverGcMs()), echo.clientGcMs(), fanout.clientGcMs(),
                echo.packetsDropped(), fanout.packetsDropped(), echo.tcpTimeouts(), fanout.tcpTimeouts());
    }

    private static String gc(long millis) {
        return millis < 0 ? "unknown" : millis + " ms";
    }
}
