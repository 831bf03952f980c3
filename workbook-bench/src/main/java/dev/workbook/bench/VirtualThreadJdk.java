package dev.workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a JDK that has virtual threads (21 or newer) for step 01's virtual-thread row: the one
 * {@code -Dbench.virtualJdk} names, else the JDK the bench runs on if it is new enough, else the
 * newest under {@code /usr/lib/jvm} (where Debian and Temurin's packages put them).
 */
public final class VirtualThreadJdk {

    /** The first Java release with virtual threads as a final feature (JEP 444). */
    static final int FIRST_RELEASE = 21;
    static final Path USUAL_PLACE = Path.of("/usr/lib/jvm");

    private VirtualThreadJdk() {
    }

    /** The home of such a JDK, or empty: then the row is left out, and the report says so. */
    public static Optional<Path> find() {
        return find(System.getProperty("bench.virtualJdk"), Path.of(System.getProperty("java.home")), USUAL_PLACE);
    }

    static Optional<Path> find(String setting, Path current, Path jvmDir) {
        if (setting != null && !setting.isBlank()) {
            Path named = Path.of(setting.trim());
            if (feature(named) < FIRST_RELEASE) {
                throw new IllegalArgumentException("bench.virtualJdk: " + named + " is not a JDK " + FIRST_RELEASE
                        + " or newer (its release file says " + feature(named) + "; -1 means it has none)");
            }
            return Optional.of(named);
        }
        if (feature(current) >= FIRST_RELEASE) {
            return Optional.of(current);
        }
        return installed(jvmDir).stream().filter(home -> feature(home) >= FIRST_RELEASE)
                .max(Comparator.comparingInt(VirtualThreadJdk::feature));
    }

    /** The feature release in {@code home/release} ({@code JAVA_VERSION="25.0.1"} gives 25), with a java binary; -1 otherwise. */
    static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isRegularFile(home.resolve("bin").resolve("java"))) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
                    String feature = version.startsWith("1.") ? version.substring(2) : version;
                    return Integer.parseInt(feature.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        }
        return -1;
    }

    private static List<Path> installed(Path jvmDir) {
        if (!Files.isDirectory(jvmDir)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(jvmDir)) {
            return homes.filter(Files::isDirectory).toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
