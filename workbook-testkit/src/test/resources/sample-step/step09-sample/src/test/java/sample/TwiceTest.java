package sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks exercise 9.2, which needs 9.1 too. */
@Tag("exercise-9.1")
@Tag("exercise-9.2")
class TwiceTest {

    @Test
    void doublesANumber() {
        assertThat(Tally.twice(4)).as("twice 4").isEqualTo(8);
    }
}
