package dev.workbook.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading perf stat's CSV output: a count where the CPU's counters are there, none where a VM hides them. */
@Tag("support")
class PerfStatTest {

    @Test
    @DisplayName("a counted line gives its number of instructions")
    void readsACount() {
        String output = "1234567890,,instructions:u,2500000000,100.00,,\n";
        assertThat(PerfStat.parseInstructions(output)).as("instructions in %s", output).isEqualTo(1_234_567_890L);
    }

    @Test
    @DisplayName("<not supported> and <not counted> give no count, and so does output without the event")
    void noCountWithoutCounters() {
        assertThat(PerfStat.parseInstructions("<not supported>,,instructions,0,100.00,,\n")).isEqualTo(-1);
        assertThat(PerfStat.parseInstructions("<not counted>,,instructions,0,0.00,,\n")).isEqualTo(-1);
        assertThat(PerfStat.parseInstructions("224.74,msec,task-clock,224744376,100.00,0.233,CPUs utilized\n")).isEqualTo(-1);
        assertThat(PerfStat.parseInstructions("")).isEqualTo(-1);
    }
}
