package dev.workbook.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A target is met or missed only when every repetition agrees; a range across the limit is noise. */
@Tag("support")
class VerdictTest {

    @Test
    @DisplayName("an upper limit is met when even the highest repetition is at or below it, missed when even the lowest is above")
    void atMostNeedsTheWholeRangeOnOneSide() {
        assertThat(Verdict.atMost(Range.of(0.90, 0.95, 1.00), 1.0)).as("0.90-1.00 against <= 1.0").isEqualTo(Verdict.MET);
        assertThat(Verdict.atMost(Range.of(1.05, 1.2, 1.6), 1.0)).as("1.05-1.6 against <= 1.0").isEqualTo(Verdict.MISSED);
        assertThat(Verdict.atMost(Range.of(0.95, 0.98, 1.04), 1.0)).as("0.95-1.04 against <= 1.0, median below")
                .isEqualTo(Verdict.WITHIN_NOISE);
    }

    @Test
    @DisplayName("a lower limit is met when even the lowest repetition reaches it, missed when even the highest does not")
    void atLeastNeedsTheWholeRangeOnOneSide() {
        assertThat(Verdict.atLeast(Range.of(1.1, 1.2, 1.3), 1.1)).as("1.1-1.3 against >= 1.1").isEqualTo(Verdict.MET);
        assertThat(Verdict.atLeast(Range.of(0.9, 0.95, 1.05), 1.1)).as("0.9-1.05 against >= 1.1").isEqualTo(Verdict.MISSED);
        assertThat(Verdict.atLeast(Range.of(1.0, 1.15, 1.2), 1.1)).as("1.0-1.2 against >= 1.1, median above")
                .isEqualTo(Verdict.WITHIN_NOISE);
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
