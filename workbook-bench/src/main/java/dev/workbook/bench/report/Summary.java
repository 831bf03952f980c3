package dev.workbook.bench.report;

import dev.workbook.bench.BenchResults;
import dev.workbook.bench.CellResult;
import dev.workbook.bench.RoundTripResult;
import dev.workbook.bench.ServerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Medians over the repetitions, and each Java server as a ratio to its Node peer measured in the
 * same cell, taking turns with it (median, lowest, highest): the figures a noisy machine leaves standing.
 */
public final class Summary {

    private final BenchResults results;

    public Summary(BenchResults results) {
        this.results = results;
    }

    public BenchResults results() {
        return results;
    }

    /**
     * The median of {@code metric} for {@code server} at {@code n}; NaN where it was not measured, and for memory
     * per connection where it does not stand above its noise ({@link Range#aboveItsSpread()}).
     */
    public double median(String server, int n, Metric metric) {
        if (metric.isMemory() && !range(server, n, metric).aboveItsSpread()) {
            return Double.NaN;
        }
        return median(cells(server, n).stream().mapToDouble(metric::of).toArray());
    }

    /** The median one-connection round trip of {@code server} (or the TCP floor), p50 in milliseconds. */
    public double roundTripMedian(String server) {
        return median(results.roundTrips().stream().filter(r -> r.server().equals(server))
                .mapToDouble(RoundTripResult::p50).toArray());
    }

    /** {@code metric} of {@code server} at {@code n} over the repetitions. */
    public Range range(String server, int n, Metric metric) {
        return Range.of(cells(server, n).stream().mapToDouble(metric::of).toArray());
    }

    /** Java over Node measured in the same cell, per repetition, then summarised; empty when the peer did not run, or for memory below its noise. */
    public Optional<Range> ratio(ServerKind java, int n, Metric metric) {
        if (metric.isMemory() && (Double.isNaN(median(java.name(), n, metric))
                || Double.isNaN(median(java.peer().name(), n, metric)))) {
            return Optional.empty();
        }
        return ratio(java, n, metric::of);
    }

    /** The same for any number taken from a cell. */
    public Optional<Range> ratio(ServerKind java, int n, ToDoubleFunction<CellResult> value) {
        List<Double> ratios = new ArrayList<>();
        for (CellResult cell : cells(java.name(), n)) {
            results.cells().stream()
                    .filter(p -> p.server().equals(java.peer().name()) && p.n() == n && p.rep() == cell.rep()
                            && p.group().equals(cell.group()))
                    .findFirst()
                    .ifPresent(peer -> ratios.add(value.applyAsDouble(cell) / value.applyAsDouble(peer)));
        }
        Range range = Range.of(ratios.stream().mapToDouble(Double::doubleValue).toArray());
        return range.reps() == 0 ? Optional.empty() : Optional.of(range);
    }

    /** How many cells were flagged noisy, out of all. */
    public long noisyCells() {
        return results.cells().stream().filter(c -> c.noise().noisy()).count();
    }

    private List<CellResult> cells(String server, int n) {
        return results.cells().stream().filter(c -> c.server().equals(server) && c.n() == n).toList();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
