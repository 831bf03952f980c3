package dev.workbook.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one exercise back to its stub, in every region it has, after saving what the learner had
 * written under {@code .workbook/backups/}.
 */
public final class ExerciseReset {

    private final Workbook workbook;

    public ExerciseReset(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Resets {@code number}; returns the backup file, which holds the replaced code. */
    public Path reset(String number) throws IOException {
        List<ExerciseRegion> regions = new ArrayList<>();
        workbook.regions().stream().filter(r -> r.number().equals(number)).forEach(regions::add);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("there is no exercise " + number + " in this workbook");
        }
        StringBuilder backup = new StringBuilder();
        for (Path file : regions.stream().map(ExerciseRegion::file).distinct().toList()) {
            Path absolute = workbook.root().resolve(file);
            List<String> lines = Workbook.lines(absolute);
            for (ExerciseRegion region : ExerciseRegions.find(file, lines)) {
                if (region.number().equals(number)) {
                    backup.append("// ").append(file).append(':').append(region.beginLine()).append('\n')
                            .append(String.join("\n", lines.subList(region.beginLine(), region.endLine() - 1))).append("\n\n");
                }
            }
            Files.write(absolute, ExerciseRegions.stubbed(file, lines, r -> r.number().equals(number), workbook.lessonLinks()),
                    StandardCharsets.UTF_8);
        }
        return saveBackup(number, backup.toString());
    }

    private Path saveBackup(String number, String code) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = workbook.root().resolve(".workbook/backups/exercise-" + number + "-" + stamp + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code, StandardCharsets.UTF_8);
        return file;
    }
}
