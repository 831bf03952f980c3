package dev.workbook.bench.report;

/**
 * A target's verdict from every repetition, not from the median alone: met or missed only when
 * the whole range lies on one side of the limit, so that a second run cannot flip it by noise.
 */
public enum Verdict {
    MET("met"),
    MISSED("MISSED"),
    WITHIN_NOISE("within noise"),
    NOT_MEASURED("not measured");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** For a limit the value must stay at or below: met when even the highest repetition is. */
    static Verdict atMost(Range range, double limit) {
        if (range == null || Double.isNaN(range.median())) {
            return NOT_MEASURED;
        }
        return range.max() <= limit ? MET : range.min() > limit ? MISSED : WITHIN_NOISE;
    }

    /** For a limit the value must reach: met when even the lowest repetition does. */
    static Verdict atLeast(Range range, double limit) {
        if (range == null || Double.isNaN(range.median())) {
            return NOT_MEASURED;
        }
        return range.min() >= limit ? MET : range.max() < limit ? MISSED : WITHIN_NOISE;
    }
}
