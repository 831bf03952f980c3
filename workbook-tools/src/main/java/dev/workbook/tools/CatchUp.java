package dev.workbook.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lets a learner who fell behind catch up: replaces one step's main code with the reference's,
 * keeping the learner's own under {@code .workbook/backups/}.
 */
public final class CatchUp {

    private final Workbook edition;

    public CatchUp(Workbook edition) {
        this.edition = edition;
    }

    /** Copies step {@code number}'s {@code src/main} from {@code reference}; returns where the learner's code went. */
    public Path takeStep(int number, Workbook reference) throws IOException {
        Path ours = step(edition, number);
        Path theirs = step(reference, number);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = edition.root().resolve(".workbook/backups/" + ours.getFileName() + "-" + stamp);
        copyTree(ours.resolve("src/main"), backup);
        deleteTree(ours.resolve("src/main"));
        copyTree(theirs.resolve("src/main"), ours.resolve("src/main"));
        return backup;
    }

    private static Path step(Workbook workbook, int number) {
        return workbook.steps().stream()
                .filter(dir -> Workbook.stepNumber(dir).orElse(-1) == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + number + " in " + workbook.root()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path source : walk(from)) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        List<Path> paths = walk(root);
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.delete(paths.get(i));
        }
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.sorted().collect(Collectors.toList());
        }
    }
}
