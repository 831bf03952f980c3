package dev.workbook.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The exercise map at the top of each lesson's exercise section: a Markdown table generated from
 * the code's exercise regions and the tests' tags, between {@link #BEGIN} and {@link #END}.
 * {@link LessonExcerpts} keeps it in sync, as it does the code excerpts.
 */
public final class LessonMaps {

    static final String BEGIN = "<!-- BEGIN exercise-map: generated from the code and the tests' tags by exec:java@excerpts -->";
    static final String END = "<!-- END exercise-map -->";
    private static final String SECTION = "## The exercises";

    private final Workbook workbook;

    public LessonMaps(Workbook workbook) {
        this.workbook = workbook;
    }

    /** A lesson whose step has exercises, with the map it shows and the map it should show. */
    public record LessonMap(Path lesson, List<String> shown, List<String> generated) {
        public boolean inSync() {
            return shown.equals(generated);
        }
    }

    /** Every lesson of a step with exercises. */
    public List<LessonMap> all() {
        List<LessonMap> maps = new ArrayList<>();
        for (Path step : workbook.steps()) {
            Path lesson = workbook.root().resolve("docs").resolve(step.getFileName() + ".md");
            List<ExerciseMap.Entry> entries = ExerciseMap.of(workbook, step);
            if (Files.exists(lesson) && !entries.isEmpty()) {
                maps.add(new LessonMap(lesson, shown(Workbook.lines(lesson)).orElse(List.of()), table(entries)));
            }
        }
        return maps;
    }

    /** Rewrites every map that differs, adding it under the exercise section's heading where missing; returns how many changed. */
    public int update() throws IOException {
        int changed = 0;
        for (LessonMap map : all()) {
            if (map.inSync()) {
                continue;
            }
            List<String> lines = new ArrayList<>(Workbook.lines(map.lesson()));
            int begin = lines.indexOf(BEGIN);
            if (begin >= 0) {
                lines.subList(begin + 1, lines.indexOf(END)).clear();
                lines.addAll(begin + 1, map.generated());
            } else {
                int heading = lines.indexOf(SECTION);
                if (heading < 0) {
                    throw new IllegalStateException(workbook.root().relativize(map.lesson()) + " has no '" + SECTION + "' heading for its exercise map");
                }
                List<String> block = new ArrayList<>(List.of("", BEGIN));
                block.addAll(map.generated());
                block.add(END);
                lines.addAll(heading + 1, block);
            }
            Files.write(map.lesson(), lines, StandardCharsets.UTF_8);
            changed++;
        }
        return changed;
    }

    private static Optional<List<String>> shown(List<String> lines) {
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        return begin >= 0 && end > begin ? Optional.of(List.copyOf(lines.subList(begin + 1, end))) : Optional.empty();
    }

    /** The table: one row per exercise, linking its section below and its source files. */
    static List<String> table(List<ExerciseMap.Entry> entries) {
        List<String> rows = new ArrayList<>(List.of("", "| Exercise | Write it in | Checked by | Check it |",
                "| --- | --- | --- | --- |"));
        for (ExerciseMap.Entry entry : entries) {
            String anchor = entry.lesson().substring(entry.lesson().indexOf('#'));
            String where = entry.where().stream().map(w -> "`" + w + "`").distinct().collect(Collectors.joining(", "));
            String tests = entry.tests().isEmpty() ? "(no test yet)" : String.join(", ", entry.tests());
            rows.add("| [" + entry.number() + " " + entry.title() + "](" + anchor + ") | " + where + " | " + tests
                    + (entry.page() ? " (in the browser)" : "") + " | `" + Commands.checkExercise(entry) + "` |");
        }
        rows.add("");
        return rows;
    }
}
