package dev.workbook.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lessons in the workbook's {@code docs/} folder, found from wherever the launcher runs, by file name only. */
final class LessonFiles {

    /** A lesson's file name: no folders, so that no request reaches outside {@code docs/}. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");

    private final Optional<Path> docs;

    private LessonFiles(Optional<Path> docs) {
        this.docs = docs;
    }

    /** The {@code docs/} folder of the workbook that holds the current directory, if there is one. */
    static LessonFiles find() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("docs/README.md")) && Files.isRegularFile(folder.resolve("pom.xml"))) {
                return new LessonFiles(Optional.of(folder.resolve("docs")));
            }
        }
        return new LessonFiles(Optional.empty());
    }

    /** The text of the lesson with this file name, if it is one. */
    Optional<String> read(String name) throws IOException {
        if (docs.isEmpty() || !NAME.matcher(name).matches() || !Files.isRegularFile(docs.get().resolve(name))) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(docs.get().resolve(name)));
    }
}
