package dev.workbook.bench.report;

import dev.workbook.bench.BenchResults;
import dev.workbook.bench.CellResult;
import dev.workbook.bench.ServerKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The run as plain-text tables for the terminal (and, being Markdown, for the lesson). */
public final class ReportTable {

    private static final List<Metric> COLUMNS = List.of(Metric.CONNECT_P50, Metric.RSS_PER_CONNECTION,
            Metric.HEAP_PER_CONNECTION, Metric.ECHO_RATE, Metric.ECHO_P50, Metric.ECHO_P90, Metric.ECHO_P99,
            Metric.ECHO_P999, Metric.ECHO_MAX, Metric.ECHO_SAMPLES, Metric.ECHO_LOST, Metric.ECHO_CPU, Metric.CLIENT_CPU,
            Metric.FANOUT_P50, Metric.FANOUT_P99, Metric.FANOUT_CPU);
    private static final List<Metric> RATIOS = List.of(Metric.ECHO_RATE, Metric.ECHO_CPU, Metric.ECHO_P99,
            Metric.FANOUT_P50, Metric.FANOUT_CPU, Metric.RSS_PER_CONNECTION);

    private ReportTable() {
    }

    public static String render(Summary summary, List<Target> targets) {
        BenchResults results = summary.results();
        StringBuilder out = new StringBuilder();
        out.append("Medians over ").append(results.config().reps()).append(" repetition(s); one row per server and N.\n\n");
        out.append("| N | server |");
        COLUMNS.forEach(m -> out.append(' ').append(m.label()).append(m.unit().isEmpty() ? "" : " " + m.unit()).append(" |"));
        out.append("\n|---|---|").append("---:|".repeat(COLUMNS.size())).append('\n');
        for (int n : results.config().sizes().stream().sorted().toList()) {
            for (ServerKind kind : ServerKind.values()) {
                if (results.cells().stream().anyMatch(c -> c.server().equals(kind.name()) && c.n() == n)) {
                    out.append("| ").append(n).append(" | ").append(kind.label()).append(" |");
                    COLUMNS.forEach(m -> out.append(' ').append(number(summary.median(kind.name(), n, m))).append(" |"));
                    out.append('\n');
                }
            }
        }
        out.append("\nJava over its Node peer, same repetition: median (lowest-highest).\n\n| N | server |");
        RATIOS.forEach(m -> out.append(' ').append(m.label()).append(" |"));
        out.append("\n|---|---|").append("---:|".repeat(RATIOS.size())).append('\n');
        for (int n : results.config().sizes().stream().sorted().toList()) {
            for (ServerKind kind : ServerKind.values()) {
                if (kind.isJava() && summary.ratio(kind, n, Metric.ECHO_RATE).isPresent()) {
                    out.append("| ").append(n).append(" | ").append(kind.label()).append(" |");
                    RATIOS.forEach(m -> out.append(' ').append(summary.ratio(kind, n, m)
                            .map(r -> String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", r.median(), r.min(), r.max()))
                            .orElse("-")).append(" |"));
                    out.append('\n');
                }
            }
        }
        roundTrips(summary, out);
        out.append("\nTargets\n\n| target | measured | limit | verdict |\n|---|---:|---:|---|\n");
        targets.forEach(t -> out.append("| ").append(t.name()).append(" | ").append(number(t.value())).append(" | ")
                .append(t.comparison()).append(' ').append(number(t.limit())).append(" | ").append(t.verdict()).append(" |\n"));
        noise(summary, out);
        if (results.skipped() != null) {
            out.append("\nSKIPPED: ").append(results.skipped()).append('\n');
        }
        return out.toString();
    }

    private static void roundTrips(Summary summary, StringBuilder out) {
        double floor = summary.roundTripMedian(BenchResults.TCP_FLOOR);
        boolean pinned = summary.results().roundTrips().stream().allMatch(r -> r.pinned());
        out.append("\nOne connection, one message at a time").append(pinned ? ", both processes on CPU 0" : " (taskset missing: not pinned)")
                .append(": round trip p50.\n\n| server | p50 us | vs TCP floor |\n|---|---:|---:|\n");
        for (String server : summary.results().roundTrips().stream().map(r -> r.server()).distinct().toList()) {
            double p50 = summary.roundTripMedian(server);
            String label = server.equals(BenchResults.TCP_FLOOR) ? "TCP echo (floor)" : ServerKind.valueOf(server).label();
            out.append("| ").append(label).append(" | ").append(number(p50 * 1000)).append(" | ")
                    .append(number(p50 / floor)).append(" |\n");
        }
    }

    private static void noise(Summary summary, StringBuilder out) {
        List<CellResult> cells = summary.results().cells();
        double worst = cells.stream().mapToDouble(c -> c.noise().otherCores()).max().orElse(0);
        double pressure = cells.stream().mapToDouble(c -> c.noise().cpuPressureAvg10()).max().orElse(-1);
        out.append(String.format(Locale.ROOT, "%nMachine: %d of %d cells noisy (other processes above %.2f of a core);"
                        + " other processes used up to %.2f cores; CPU pressure (some, avg10) up to %.1f%%; run took %.0f s.%n",
                summary.noisyCells(), cells.size(), dev.workbook.bench.NoiseMeter.NOISY_OTHER_CORES, worst, pressure,
                summary.results().seconds()));
        cells.stream().filter(c -> c.echo().lost() > 0 || c.fanout().incomplete())
                .forEach(c -> out.append(String.format(Locale.ROOT, "  LOST: rep %d, %s at N = %d: %d echoes%s%n", c.rep(),
                        ServerKind.valueOf(c.server()).label(), c.n(), c.echo().lost(),
                        c.fanout().incomplete() ? ", and a broadcast that never reached every member" : "")));
        cells.stream().filter(c -> c.noise().noisy()).sorted(Comparator.comparingInt(CellResult::rep))
                .forEach(c -> out.append(String.format(Locale.ROOT, "  noisy: rep %d, %s at N = %d (%.2f other cores)%n",
                        c.rep(), ServerKind.valueOf(c.server()).label(), c.n(), c.noise().otherCores())));
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
