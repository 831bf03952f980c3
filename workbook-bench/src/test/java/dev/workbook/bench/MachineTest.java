package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The CPU model a run records, read from /proc/cpuinfo as x86 and ARM kernels write it. */
@Tag("support")
class MachineTest {

    @Test
    @DisplayName("an x86 cpuinfo gives its first model name")
    void x86ModelName() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Processor\n\n"
                + "processor\t: 1\nmodel name\t: Intel(R) Xeon(R) Processor\n";
        assertThat(Machine.cpuModel(cpuinfo)).as("model of an x86 cpuinfo").isEqualTo("Intel(R) Xeon(R) Processor");
    }

    @Test
    @DisplayName("a cpuinfo without a model name falls back to Hardware, and to 'unknown' when it has neither")
    void fallsBackWhenThereIsNoModelName() {
        assertThat(Machine.cpuModel("processor\t: 0\nBogoMIPS\t: 50.00\nHardware\t: BCM2835\n")).isEqualTo("BCM2835");
        assertThat(Machine.cpuModel("")).isEqualTo("unknown");
    }

    @Test
    @DisplayName("the kernel release of this machine is read")
    void kernelIsRead() {
        assertThat(Machine.kernel()).as("kernel release").isNotBlank();
    }
}
