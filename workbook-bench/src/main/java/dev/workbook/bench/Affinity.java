package dev.workbook.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pins processes (every thread) to one CPU and back with {@code taskset}, so a one-connection round
 * trip measures the code path, not which core the scheduler woke; and pins chosen threads of a
 * server to one CPU, so that threads which hand each message to one another share a core.
 */
public final class Affinity {

    private static final long SELF = ProcessHandle.current().pid();
    /** Every CPU, read before anything is pinned: once pinned, the JVM itself sees only one. */
    private static final String ALL_CPUS = Long.toHexString((1L << Runtime.getRuntime().availableProcessors()) - 1);
    /** The CPU that threads sharing a core get: the last, read before anything is pinned. */
    public static final int LAST_CPU = Runtime.getRuntime().availableProcessors() - 1;

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

    /**
     * Pins the threads of process {@code pid} whose names (as Linux keeps them, cut to 15 characters) start with
     * one of {@code names} to {@code cpu}; its other threads stay where the scheduler puts them. Returns how many
     * it pinned: none without taskset or /proc.
     */
    public static int pinThreads(long pid, List<String> names, int cpu) {
        List<String> chosen = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String name = Files.readString(task.resolve("comm")).strip();
                if (names.stream().anyMatch(name::startsWith)) {
                    chosen.add(task.getFileName().toString());
                }
            }
        } catch (IOException noProc) {
            return 0;
        }
        return (int) chosen.stream().filter(thread -> taskset(List.of("-p", "-c", Integer.toString(cpu), thread))).count();
    }

    private static boolean taskset(String mask, long pid) {
        return taskset(List.of("-a", "-p", mask, Long.toString(pid)));
    }

    private static boolean taskset(List<String> arguments) {
        try {
            List<String> command = new ArrayList<>(List.of("taskset"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
