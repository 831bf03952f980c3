package dev.workbook.bench.report;

import dev.workbook.bench.ServerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Fan-out p50 against N for every server that ran (the median over repetitions, with the lowest
 * and highest), on log-log axes, mapped to pixels for both charts: the time until the server's
 * last write where it was watched, else the time until the last member had read it.
 */
public final class ChartData {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 480;
    public static final int LEFT = 80;
    public static final int RIGHT = 210;
    public static final int TOP = 50;
    public static final int BOTTOM = 60;
    /** One colour per server, Java servers in solid lines and Node dashed. */
    public static final String[] COLOURS = {"#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private final List<Series> series = new ArrayList<>();
    private final double minN;
    private final double maxN;
    private final double minMs;
    private final double maxMs;
    private final Metric metric;

    public ChartData(Summary summary) {
        List<Integer> sizes = summary.results().config().sizes().stream().sorted().toList();
        metric = summary.results().cells().stream().anyMatch(c -> !Double.isNaN(c.fanout().serverP50()))
                ? Metric.FANOUT_SERVER_P50 : Metric.FANOUT_P50;
        for (ServerKind kind : ServerKind.values()) {
            List<double[]> points = new ArrayList<>();
            for (int n : sizes) {
                List<Double> values = summary.results().cells().stream()
                        .filter(c -> c.server().equals(kind.name()) && c.n() == n).map(metric::of)
                        .filter(v -> !v.isNaN()).toList();
                if (!values.isEmpty()) {
                    points.add(new double[] {n, summary.median(kind.name(), n, metric),
                            values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                            values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()});
                }
            }
            if (!points.isEmpty()) {
                series.add(new Series(kind, COLOURS[kind.ordinal() % COLOURS.length], points));
            }
        }
        minN = sizes.get(0) / 1.5;
        maxN = sizes.get(sizes.size() - 1) * 1.5;
        double low = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[2]).min().orElse(0.1);
        double high = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[3]).max().orElse(10);
        minMs = Math.pow(10, Math.floor(Math.log10(Math.max(low, 0.001))));
        maxMs = Math.pow(10, Math.ceil(Math.log10(Math.max(high, minMs * 10))));
    }

    public List<Series> series() {
        return series;
    }

    public double x(double n) {
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.log(n / minN) / Math.log(maxN / minN);
    }

    public double y(double ms) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * Math.log(ms / minMs) / Math.log(maxMs / minMs);
    }

    /** The powers of ten on the latency axis, in milliseconds. */
    public List<Double> yTicks() {
        List<Double> ticks = new ArrayList<>();
        for (double tick = minMs; tick <= maxMs * 1.001; tick *= 10) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** The N values measured. */
    public List<Integer> xTicks() {
        return series.stream().flatMap(s -> s.points().stream()).map(p -> (int) p[0]).distinct().sorted().toList();
    }

    public String title() {
        return metric == Metric.FANOUT_SERVER_P50 ? "Room fan-out: time until the server's last write to N members (p50)"
                : "Room fan-out: time until the last of N receivers has a broadcast (p50)";
    }

    /**
     * One server's line.
     *
     * @param points each {N, median p50 ms, lowest, highest}
     */
    public record Series(ServerKind kind, String colour, List<double[]> points) {
    }
}
