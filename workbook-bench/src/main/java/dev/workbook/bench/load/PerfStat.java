package dev.workbook.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Counts the instructions a process runs, with {@code perf stat}, where the CPU's counters can be
 * read: a count that a busy neighbour does not inflate the way it inflates CPU time. Many virtual
 * machines give no counters ({@code perf} says {@code <not supported>}); then there is none.
 */
public final class PerfStat {

    private static final long WAIT_SECONDS = 10;
    private static volatile Boolean supported;

    private final Process perf;

    private PerfStat(Process perf) {
        this.perf = perf;
    }

    /** Whether {@code perf stat -e instructions} counts anything here; asked once. */
    public static boolean supported() {
        if (supported == null) {
            supported = parseInstructions(run(List.of("perf", "stat", "-x,", "-e", "instructions", "true"))) >= 0;
        }
        return supported;
    }

    /** Starts counting {@code pid}'s instructions (every thread); null where that is not supported. */
    public static PerfStat attach(long pid) {
        if (!supported()) {
            return null;
        }
        try {
            return new PerfStat(new ProcessBuilder("perf", "stat", "-x,", "-e", "instructions", "-p", Long.toString(pid))
                    .redirectErrorStream(true).start());
        } catch (IOException failed) {
            return null;
        }
    }

    /** Stops counting (perf prints its count on SIGINT) and returns it; -1 if perf gave none. */
    public long stop() {
        run(List.of("kill", "-INT", Long.toString(perf.pid())));
        try {
            String out = new String(perf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            perf.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            return parseInstructions(out);
        } catch (IOException failed) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            perf.destroyForcibly();
        }
    }

    /** The count from {@code perf stat -x,} output ({@code 123,,instructions,...}); -1 for none or {@code <not supported>}. */
    static long parseInstructions(String output) {
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split(",");
            if (fields.length > 2 && fields[2].startsWith("instructions")) {
                try {
                    return Long.parseLong(fields[0]);
                } catch (NumberFormatException notCounted) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            return out;
        } catch (IOException missing) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
