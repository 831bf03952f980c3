package dev.workbook.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A figure over the repetitions, and when a memory delta stands above its noise. */
@Tag("support")
class RangeTest {

    @Test
    @DisplayName("the median, lowest and highest of the repetitions, leaving out those not measured")
    void summarisesTheRepetitions() {
        assertThat(Range.of(3, Double.NaN, 1, 2)).as("Range.of(3, NaN, 1, 2)").isEqualTo(new Range(2, 1, 3, 3));
        assertThat(Range.of(4, 1, 2, 3).median()).as("median of an even count").isEqualTo(2.5);
        assertThat(Range.of().reps()).as("no repetitions").isZero();
    }

    @Test
    @DisplayName("a memory delta is shown only when positive every time and larger than its spread")
    void aboveItsSpreadOnlyWhenTheSignalBeatsTheNoise() {
        assertThat(Range.of(80, 82, 90).aboveItsSpread()).as("80-90 KB: spread 10 below the lowest").isTrue();
        assertThat(Range.of(-339, 4, 20).aboveItsSpread()).as("-339 to 20 KB: negative once").isFalse();
        assertThat(Range.of(2, 9, 30).aboveItsSpread()).as("2-30 KB: spread 28 above the lowest").isFalse();
        assertThat(Range.NONE.aboveItsSpread()).as("nothing measured").isFalse();
    }

    @Test
    @DisplayName("the tables print the median with its range in brackets")
    void rendersMedianAndRange() {
        assertThat(Range.of(0.95, 0.96, 1.03).render()).isEqualTo("0.96 (0.95-1.03)");
        assertThat(Range.NONE.render()).isEqualTo("-");
    }
}
