package dev.workbook.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The board on disk, so that it survives its own restart: written to a file beside the real one
 * and moved over it in one step, so that a crash half-way leaves the last whole board, never half of one.
 */
final class BoardFile {

    /** What is kept: the class code (learners' editions carry it) and every row. */
    record Saved(String classCode, List<LearnerRow> rows) {
    }

    private final Path file;
    private final ObjectMapper json;

    BoardFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** The last saved board, if there is one. */
    Optional<Saved> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(file.toFile(), Saved.class));
    }

    void save(Saved saved) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
        try {
            json.writeValue(partial.toFile(), saved);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    Path path() {
        return file;
    }
}
