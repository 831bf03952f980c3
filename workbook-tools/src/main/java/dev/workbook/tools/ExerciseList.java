package dev.workbook.tools;

import java.nio.file.Path;
import java.util.List;

/** The text of {@code ./workbook list}: every step's exercise map, with each exercise's state from the last run. */
public final class ExerciseList {

    private ExerciseList() {
    }

    /** Every step's exercises, one block each, with a legend. */
    public static String render(Workbook workbook) {
        StringBuilder text = new StringBuilder("[x] passed in the last run  [ ] failed  [-] not checked yet  [?] not run yet\n");
        for (Path step : workbook.steps()) {
            List<ExerciseMap.Entry> entries = ExerciseMap.of(workbook, step);
            if (entries.isEmpty()) {
                continue;
            }
            LastRuns runs = LastRuns.of(step);
            long passed = entries.stream().filter(e -> runs.passed(e.number())).count();
            text.append('\n').append(step.getFileName()).append(": ").append(passed).append(" of ").append(entries.size())
                    .append(" pass").append(runs.ran() ? "" : " (its tests have not run yet: ./workbook test "
                            + Workbook.stepNumber(step).orElseThrow() + ")").append('\n');
            entries.forEach(entry -> text.append(row(entry, runs)));
        }
        return text.toString();
    }

    private static String row(ExerciseMap.Entry entry, LastRuns runs) {
        return "  " + mark(runs.describe(entry.number())) + " " + entry.number() + " " + entry.title() + "\n"
                + "        write: " + String.join(", ", entry.where()) + "   (" + String.join(", ", entry.files()) + ")\n"
                + "        tests: " + (entry.tests().isEmpty() ? "none yet" : String.join(", ", entry.tests()))
                + (entry.page() ? " (in the browser)" : "") + "\n"
                + "        read:  " + entry.lesson() + "\n";
    }

    private static String mark(String state) {
        return switch (state) {
            case "passes" -> "[x]";
            case "fails" -> "[ ]";
            case "not checked yet" -> "[-]";
            default -> "[?]";
        };
    }
}
