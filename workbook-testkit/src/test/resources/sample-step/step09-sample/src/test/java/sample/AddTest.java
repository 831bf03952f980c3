package sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks exercise 9.1 alone. */
@Tag("exercise-9.1")
class AddTest {

    @Test
    void addsTwoNumbers() {
        assertThat(Tally.add(2, 3)).as("2 + 3").isEqualTo(5);
    }

    @Test
    void addsANegativeNumber() {
        assertThat(Tally.add(2, -3)).as("2 + -3").isEqualTo(-1);
    }
}
