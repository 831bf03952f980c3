package sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks exercise 9.3, which needs 9.1 too. */
@Tag("exercise-9.1")
@Tag("exercise-9.3")
class TotalTest {

    @Test
    void totalsThreeNumbers() {
        assertThat(Tally.total(1, 2, 3)).as("1 + 2 + 3").isEqualTo(6);
    }
}
