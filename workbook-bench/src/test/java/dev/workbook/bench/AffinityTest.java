package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Threads chosen by name pinned to one CPU with taskset, in this JVM, the others left alone. */
@Tag("support")
class AffinityTest {

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    @DisplayName("the threads named are pinned to the CPU asked for, and no other thread is")
    void pinsOnlyTheThreadsNamed() throws Exception {
        assumeThat(Runtime.getRuntime().availableProcessors()).as("a second CPU to pin to").isGreaterThan(1);
        String everyCpu = allowedCpus(threadId());
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong probeId = new AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        Thread probe = new Thread(() -> {
            probeId.set(threadId());
            started.countDown();
            awaitQuietly(done);
        }, "handoff-probe-1");
        probe.start();
        try {
            assertThat(started.await(5, TimeUnit.SECONDS)).as("the probe thread started").isTrue();

            int pinned = Affinity.pinThreads(SELF, List.of("handoff-probe"), Affinity.LAST_CPU);

            assertThat(pinned).as("threads pinned (taskset -p -c on each)").isEqualTo(1);
            assertThat(allowedCpus(probeId.get())).as("the CPUs the probe thread may run on")
                    .isEqualTo(Integer.toString(Affinity.LAST_CPU));
            assertThat(allowedCpus(threadId())).as("the CPUs the test's own thread may run on, not named").isEqualTo(everyCpu);
        } finally {
            done.countDown();
            probe.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    @Test
    @DisplayName("a process that is not there pins nothing")
    void pinsNothingInAProcessThatIsGone() {
        assertThat(Affinity.pinThreads(Long.MAX_VALUE, List.of("any"), 0)).as("threads pinned in no process").isZero();
    }

    /** This thread's id as Linux knows it: the last path element of /proc/thread-self. */
    private static long threadId() {
        try {
            return Long.parseLong(Path.of("/proc/thread-self").toRealPath().getFileName().toString());
        } catch (IOException e) {
            throw new AssertionError("no /proc/thread-self: the bench pins threads on Linux only", e);
        }
    }

    private static String allowedCpus(long thread) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(SELF), "task", Long.toString(thread), "status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:")).map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElseThrow();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
