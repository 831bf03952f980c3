package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the tools that play a learner read the watch's verdict from its output. */
class WatchProcessTest {

    @Test
    @DisplayName("The verdict line gives the verdict's words, after the screen's clearing codes too")
    void readsTheVerdictLine() {
        assertThat(WatchProcess.verdictIn("[workbook] verdict: Exercise 1.4 passes (0.4 s)"))
                .as("the words of a verdict line").contains("Exercise 1.4 passes (0.4 s)");
        assertThat(WatchProcess.verdictIn("\033[H\033[2J[workbook] verdict: does not compile (1.2 s)  "))
                .as("the words of a verdict line printed after the codes that clear the screen").contains("does not compile (1.2 s)");
    }

    @Test
    @DisplayName("Any other line of the watch is no verdict, a test that passed while the run goes on included")
    void otherLinesAreNoVerdict() {
        assertThat(WatchProcess.verdictIn("  passed  3 of 14 (1.3 s): The chat, in a real browser > Two people chat"))
                .as("a line the watch prints while the tests run").isEmpty();
        assertThat(WatchProcess.verdictIn("PASSED  Exercise 1.4 passes.")).as("the screen's verdict heading").isEmpty();
    }
}
