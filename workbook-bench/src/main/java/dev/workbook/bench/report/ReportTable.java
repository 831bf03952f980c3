package dev.workbook.bench.report;

import dev.workbook.bench.BenchResults;
import dev.workbook.bench.ServerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run as plain-text tables for the terminal (and, being Markdown, for the lesson). */
public final class ReportTable {

    private static final List<Metric> ECHO_COLUMNS = List.of(Metric.CONNECT_P50, Metric.RSS_PER_CONNECTION,
            Metric.HEAP_PER_CONNECTION, Metric.ECHO_RATE, Metric.ECHO_P50, Metric.ECHO_P90, Metric.ECHO_P99,
            Metric.ECHO_P999, Metric.ECHO_MAX, Metric.ECHO_SAMPLES, Metric.ECHO_LOST, Metric.ECHO_CPU, Metric.CLIENT_CPU,
            Metric.ECHO_WRITES, Metric.ECHO_KILO_INSTRUCTIONS);
    private static final List<Metric> FANOUT_COLUMNS = List.of(Metric.FANOUT_P50, Metric.FANOUT_P99,
            Metric.FANOUT_SERVER_FIRST_P50, Metric.FANOUT_SERVER_P50, Metric.FANOUT_SERVER_P99, Metric.FANOUT_CPU,
            Metric.FANOUT_CLIENT_CPU, Metric.FANOUT_WRITES, Metric.FANOUT_KILO_INSTRUCTIONS);
    private static final List<Metric> RATIOS = List.of(Metric.ECHO_RATE, Metric.ECHO_CPU, Metric.ECHO_KILO_INSTRUCTIONS,
            Metric.ECHO_P99, Metric.FANOUT_P50, Metric.FANOUT_SERVER_P50, Metric.FANOUT_CPU, Metric.RSS_PER_CONNECTION);

    private ReportTable() {
    }

    public static String render(Summary summary, List<Target> targets, Map<String, String> versions) {
        BenchResults results = summary.results();
        StringBuilder out = new StringBuilder(RunNotes.machine(versions)).append('\n');
        out.append("Medians over ").append(results.config().reps()).append(" repetition(s); one row per server and N.\n\n");
        medians(summary, measured(summary, ECHO_COLUMNS), out);
        out.append("\nFan-out: until the last member had it (the client's view); until the server's first and last write"
                + " (its own part).\n\n");
        medians(summary, measured(summary, FANOUT_COLUMNS), out);
        ratios(summary, measured(summary, RATIOS), out);
        roundTrips(summary, out);
        out.append("\nTargets: the median and the range over the repetitions; met or missed only when the whole range is.\n\n");
        out.append("| target | measured | limit | verdict |\n|---|---:|---:|---|\n");
        targets.forEach(t -> out.append("| ").append(t.name()).append(" | ").append(t.value().render()).append(" | ")
                .append(t.comparison()).append(' ').append(number(t.limit())).append(" | ").append(t.verdict().label()).append(" |\n"));
        out.append(RunNotes.noise(summary));
        if (results.skipped() != null) {
            out.append("\nSKIPPED: ").append(results.skipped()).append('\n');
        }
        return out.toString();
    }

    /** The columns that some cell has a value for: instructions, say, only where perf could count them. */
    private static List<Metric> measured(Summary summary, List<Metric> columns) {
        return columns.stream().filter(m -> summary.results().cells().stream().anyMatch(c -> !Double.isNaN(m.of(c)))).toList();
    }

    private static void medians(Summary summary, List<Metric> columns, StringBuilder out) {
        header(columns, true, out);
        for (int n : summary.results().config().sizes().stream().sorted().toList()) {
            for (ServerKind kind : ServerKind.values()) {
                if (summary.results().cells().stream().anyMatch(c -> c.server().equals(kind.name()) && c.n() == n)) {
                    out.append("| ").append(n).append(" | ").append(kind.label()).append(" |");
                    columns.forEach(m -> out.append(' ').append(number(summary.median(kind.name(), n, m))).append(" |"));
                    out.append('\n');
                }
            }
        }
    }

    private static void ratios(Summary summary, List<Metric> columns, StringBuilder out) {
        out.append("\nJava over its Node peer, taking turns in the same cell: median (lowest-highest).\n\n");
        header(columns, false, out);
        for (int n : summary.results().config().sizes().stream().sorted().toList()) {
            for (ServerKind kind : ServerKind.values()) {
                if (kind.isJava() && summary.ratio(kind, n, Metric.ECHO_RATE).isPresent()) {
                    out.append("| ").append(n).append(" | ").append(kind.label()).append(" |");
                    columns.forEach(m -> out.append(' ').append(summary.ratio(kind, n, m).map(Range::render).orElse("-")).append(" |"));
                    out.append('\n');
                }
            }
        }
    }

    private static void header(List<Metric> columns, boolean units, StringBuilder out) {
        out.append("| N | server |");
        columns.forEach(m -> out.append(' ').append(m.label()).append(units && !m.unit().isEmpty() ? " " + m.unit() : "").append(" |"));
        out.append("\n|---|---|").append("---:|".repeat(columns.size())).append('\n');
    }

    private static void roundTrips(Summary summary, StringBuilder out) {
        double floor = summary.roundTripMedian(BenchResults.TCP_FLOOR);
        boolean pinned = summary.results().roundTrips().stream().allMatch(r -> r.pinned());
        out.append("\nOne connection, one message at a time").append(pinned ? ", both processes on CPU 0" : " (taskset missing: not pinned)")
                .append(": round trip p50.\n\n| server | p50 us | vs TCP floor |\n|---|---:|---:|\n");
        List<String> servers = new ArrayList<>(summary.results().roundTrips().stream().map(r -> r.server()).distinct().toList());
        for (String server : servers) {
            double p50 = summary.roundTripMedian(server);
            String label = server.equals(BenchResults.TCP_FLOOR) ? "TCP echo (floor)" : ServerKind.valueOf(server).label();
            out.append("| ").append(label).append(" | ").append(number(p50 * 1000)).append(" | ")
                    .append(number(p50 / floor)).append(" |\n");
        }
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
