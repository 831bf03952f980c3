package sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks the given code, which needs no exercise. */
class GivenCodeTest {

    @Test
    void describesATally() {
        assertThat(Tally.describe(3)).isEqualTo("a tally of 3");
    }
}
