package dev.workbook.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Undoes a reset: puts back into an exercise's regions the code that {@link ExerciseReset} saved
 * in its newest backup, {@code .workbook/backups/exercise-N.M-<date>-<time>.txt}.
 */
public final class ExerciseRestore {

    private static final Pattern PART = Pattern.compile("^// (\\S+\\.(?:java|js)):(\\d+)$");

    private final Workbook workbook;

    public ExerciseRestore(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Restores {@code number} from its newest backup; returns that backup. */
    public Path restore(String number) throws IOException {
        Path backup = newestBackup(number).orElseThrow(() -> new IllegalArgumentException(
                "exercise " + number + " has no backup in .workbook/backups/: only a reset makes one"));
        Map<Path, List<List<String>>> parts = parts(Workbook.lines(backup));
        for (Map.Entry<Path, List<List<String>>> file : parts.entrySet()) {
            Path absolute = workbook.root().resolve(file.getKey());
            List<String> lines = new ArrayList<>(Workbook.lines(absolute));
            List<ExerciseRegion> regions = ExerciseRegions.find(file.getKey(), lines).stream()
                    .filter(r -> r.number().equals(number)).toList();
            if (regions.size() != file.getValue().size()) {
                throw new IllegalStateException(file.getKey() + " has " + regions.size() + " regions of exercise " + number
                        + " but the backup " + workbook.root().relativize(backup) + " has " + file.getValue().size());
            }
            keepUnlessStub(file.getKey(), lines, regions, number);
            // From the last region up, so that the earlier regions' lines do not move.
            for (int k = regions.size() - 1; k >= 0; k--) {
                ExerciseRegion region = regions.get(k);
                lines.subList(region.beginLine(), region.endLine() - 1).clear();
                lines.addAll(region.beginLine(), file.getValue().get(k));
            }
            Files.write(absolute, lines, StandardCharsets.UTF_8);
        }
        return backup;
    }

    /** Code written since the reset is not lost either: it goes to a backup that a restore never picks. */
    private void keepUnlessStub(Path file, List<String> lines, List<ExerciseRegion> regions, String number) throws IOException {
        StringBuilder kept = new StringBuilder();
        for (ExerciseRegion region : regions) {
            if (!ExerciseRegions.holdsStub(region, lines)) {
                kept.append("// ").append(file).append(':').append(region.beginLine()).append('\n')
                        .append(String.join("\n", lines.subList(region.beginLine(), region.endLine() - 1))).append("\n\n");
            }
        }
        if (kept.length() > 0) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path saved = workbook.root().resolve(".workbook/backups/before-restore-exercise-" + number + "-" + stamp + ".txt");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, kept, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** The newest backup of an exercise: the file names sort by their time stamps. */
    Optional<Path> newestBackup(String number) {
        Path folder = workbook.root().resolve(".workbook/backups");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("exercise-" + Pattern.quote(number) + "-\\d{8}-\\d{6}\\.txt"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A backup's parts, by file: each a header line {@code // FILE:LINE}, the region's lines, then a blank line. */
    static Map<Path, List<List<String>>> parts(List<String> backup) {
        Map<Path, List<List<String>>> parts = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : backup) {
            Matcher header = PART.matcher(line);
            if (header.matches()) {
                current = new ArrayList<>();
                parts.computeIfAbsent(Path.of(header.group(1)), f -> new ArrayList<>()).add(current);
            } else if (current != null) {
                current.add(line);
            }
        }
        // ExerciseReset ends each part with one blank line of its own.
        parts.values().forEach(list -> list.forEach(ExerciseRestore::dropSeparator));
        return parts;
    }

    private static void dropSeparator(List<String> part) {
        if (!part.isEmpty() && part.get(part.size() - 1).isEmpty()) {
            part.remove(part.size() - 1);
        }
    }
}
