package dev.workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What machine a run was on, as Linux tells it: the CPU model and the kernel release. */
public final class Machine {

    private Machine() {
    }

    /** The CPU's model name, say {@code Intel(R) Xeon(R) Processor}; "unknown" where /proc/cpuinfo does not say. */
    public static String cpuModel() {
        return cpuModel(read(Path.of("/proc/cpuinfo")));
    }

    /** The kernel release, say {@code 6.1.0-18-amd64}. */
    public static String kernel() {
        String release = read(Path.of("/proc/sys/kernel/osrelease")).trim();
        return release.isEmpty() ? System.getProperty("os.version") : release;
    }

    /** The first {@code model name} of a /proc/cpuinfo text (x86), else its {@code Hardware} or {@code CPU part} line. */
    static String cpuModel(String cpuinfo) {
        for (String key : new String[] {"model name", "Hardware", "CPU part"}) {
            for (String line : cpuinfo.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return line.substring(colon + 1).trim();
                }
            }
        }
        return "unknown";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | SecurityException unreadable) {
            return "";
        }
    }
}
