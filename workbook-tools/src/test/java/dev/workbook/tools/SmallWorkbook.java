package dev.workbook.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A small copy of this workbook for tests that change files: its root pom, its lessons and step 01, nothing else. */
final class SmallWorkbook {

    static final Workbook REFERENCE = Workbook.at(Path.of(System.getProperty("workbook.root", "..")));

    private SmallWorkbook() {
    }

    /** Copies the small workbook into {@code folder}. */
    static Workbook copyTo(Path folder) throws IOException {
        for (String part : List.of("pom.xml", "docs", "step01-handshake/pom.xml", "step01-handshake/src")) {
            copy(REFERENCE.root().resolve(part), folder.resolve(part));
        }
        return Workbook.at(folder);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }
}
