package dev.workbook.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A target is met or missed only when every repetition agrees; a range across the limit is noise. */
@Tag("support")
class VerdictTest {

    @ParameterizedTest(name = "{1}-{3} against {0} {4}: {5}")
    @CsvSource({
        "<=, 0.90, 0.95, 1.00, 1.0, MET",
        "<=, 1.05, 1.20, 1.60, 1.0, MISSED",
        "<=, 0.95, 0.98, 1.04, 1.0, WITHIN_NOISE",
        ">=, 1.10, 1.20, 1.30, 1.1, MET",
        ">=, 0.90, 0.95, 1.05, 1.1, MISSED",
        ">=, 1.00, 1.15, 1.20, 1.1, WITHIN_NOISE"})
    @DisplayName("met when even the worst repetition keeps the limit, missed when even the best breaks it, else noise")
    void needsTheWholeRangeOnOneSide(String comparison, double low, double middle, double high, double limit, Verdict expected) {
        Range range = Range.of(low, middle, high);

        Verdict verdict = comparison.equals("<=") ? Verdict.atMost(range, limit) : Verdict.atLeast(range, limit);

        assertThat(verdict).as("%s-%s (median %s) against %s %s", low, high, middle, comparison, limit).isEqualTo(expected);
    }

    @Test
    @DisplayName("a figure that was not measured gets no verdict, rather than a made-up one")
    void nothingMeasuredIsSaid() {
        assertThat(Verdict.atMost(Range.of(Double.NaN), 1.0)).as("no repetition measured").isEqualTo(Verdict.NOT_MEASURED);
        assertThat(Verdict.atLeast(Range.NONE, 1.0)).as("Range.NONE").isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    @DisplayName("the table says 'within noise' in words, and MISSED so that it stands out")
    void labelsReadAsTheTablePrintsThem() {
        assertThat(Target.atMost("t", Range.of(0.9, 1.1), 1.0).verdict().label()).isEqualTo("within noise");
        assertThat(Target.atLeast("t", Range.of(0.5), 1.0).verdict().label()).isEqualTo("MISSED");
    }
}
