package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a failure message shows of test inputs, and how a stub's sentence is found in a failure. */
class TextForLearnersTest {

    @Test
    @DisplayName("A bell, an escape and a DEL show as escapes; line breaks, letters and emoji stay")
    void controlCharactersAreEscaped() {
        assertThat(TextForLearners.escaped("ada\u0007 \u001B[31mred ad\u007Fa\nnext 😀"))
                .isEqualTo("ada\\u0007 \\u001B[31mred ad\\u007Fa\nnext 😀");
    }

    @Test
    @DisplayName("A stub's sentence is found in a failure's causes, whatever wraps it")
    void stubSentenceIsFoundInTheCauses() {
        Throwable wrapped = new AssertionError("The server threw UnsupportedOperationException",
                new IllegalStateException("handler", new UnsupportedOperationException("Exercise 4.5 is not done yet: x")));

        assertThat(StubSentence.reachedIn(wrapped)).as("the exercise whose stub the failure reached").hasValue("4.5");
        assertThat(StubSentence.reachedIn(new AssertionError("expected 1 but was 2"))).as("a plain failure").isEqualTo(Optional.empty());
    }
}
