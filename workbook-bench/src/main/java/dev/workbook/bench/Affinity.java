package dev.workbook.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pins processes (every thread) to one CPU and back with {@code taskset}, so a one-connection round
 * trip measures the code path, not which core the scheduler woke.
 */
public final class Affinity {

    private static final long SELF = ProcessHandle.current().pid();
    /** Every CPU, read before anything is pinned: once pinned, the JVM itself sees only one. */
    private static final String ALL_CPUS = Long.toHexString((1L << Runtime.getRuntime().availableProcessors()) - 1);

    private Affinity() {
    }

    /** Pins the benchmark and {@code server} to CPU 0; returns false (and pins nothing) if taskset is missing. */
    public static boolean pinWith(long server) {
        return taskset("1", server) && taskset("1", SELF);
    }

    /** Lets both run on every CPU again. */
    public static void release(long server) {
        taskset(ALL_CPUS, server);
        taskset(ALL_CPUS, SELF);
    }

    private static boolean taskset(String mask, long pid) {
        try {
            Process process = new ProcessBuilder(List.of("taskset", "-a", "-p", mask, Long.toString(pid)))
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException missing) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
