package dev.workbook.bench.report;

import java.util.Arrays;

/**
 * One figure over the repetitions: its median, lowest and highest, and how many repetitions it
 * rests on; NaN values (not measured) are left out.
 */
public record Range(double median, double min, double max, int reps) {

    /** Nothing measured. */
    public static final Range NONE = new Range(Double.NaN, Double.NaN, Double.NaN, 0);

    public static Range of(double... values) {
        double[] measured = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (measured.length == 0) {
            return NONE;
        }
        int middle = measured.length / 2;
        double median = measured.length % 2 == 1 ? measured[middle] : (measured[middle - 1] + measured[middle]) / 2;
        return new Range(median, measured[0], measured[measured.length - 1], measured.length);
    }

    /**
     * Whether the figure stands above its own noise: positive in every repetition, and its smallest value
     * larger than the spread between repetitions. A memory delta that a collection can move by more than
     * the connections added fails this, and is better not shown.
     */
    public boolean aboveItsSpread() {
        return reps > 0 && min > 0 && min > max - min;
    }

    /** As the tables print it: {@code 0.96 (0.95-1.03)}. */
    public String render() {
        return reps == 0 ? "-" : ReportTable.number(median) + " (" + ReportTable.number(min) + "-" + ReportTable.number(max) + ")";
    }
}
