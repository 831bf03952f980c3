package dev.workbook.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder of a test's own (a database, a Redis's data, an nginx prefix), made at the start and deleted with all it holds at the end. */
public final class ScratchFolder {

    private ScratchFolder() {
    }

    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    /** Deletes {@code folder} and everything in it; nothing when it is null (never made). */
    public static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test's scratch folder " + folder, e);
        }
    }
}
