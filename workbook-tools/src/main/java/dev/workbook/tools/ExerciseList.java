package dev.workbook.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The text of {@code ./workbook list}: every step's exercise map, with each exercise's state from the last run. */
public final class ExerciseList {

    private ExerciseList() {
    }

    /** Every step's exercises, one block each, with a legend. */
    public static String render(Workbook workbook) {
        StringBuilder text = new StringBuilder("[x] passed in the last run that checked it  [ ] failed  [-] not checked yet  [?] not run yet\n");
        for (Path step : workbook.steps()) {
            List<ExerciseMap.Entry> entries = ExerciseMap.of(workbook, step);
            if (entries.isEmpty()) {
                continue;
            }
            LastRuns runs = LastRuns.of(step);
            long passed = entries.stream().filter(e -> runs.passed(e.number())).count();
            text.append('\n').append(step.getFileName()).append(": ").append(passed).append(" of ").append(entries.size())
                    .append(" pass").append(runs.ran() ? "" : notRun(workbook, step)).append('\n');
            Set<String> stubs = workbook.stubbedIn(step);
            entries.forEach(entry -> text.append(row(entry, runs, stubs.contains(entry.number()))));
        }
        return text.toString();
    }

    /** Why a step shows no verdicts: no run yet, and whether its code still holds stubs (a solved step of the edition has none). */
    private static String notRun(Workbook workbook, Path step) {
        String test = "./workbook test " + Workbook.stepNumber(step).orElseThrow();
        return workbook.stubbedIn(step).isEmpty() ? " (no stub left in its code, and its tests have not run yet: " + test + ")"
                : " (its tests have not run yet: " + test + ")";
    }

    private static String row(ExerciseMap.Entry entry, LastRuns runs, boolean stub) {
        return "  " + mark(runs.describe(entry.number())) + " " + entry.number() + " " + entry.title()
                + (stub && runs.passed(entry.number()) ? "   (but its code is the stub again)" : "") + "\n"
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
