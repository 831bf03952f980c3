package dev.workbook.testkit;

import dev.workbook.tools.LessonSection;
import java.util.Map;

/** Words for a step's progress: one line when every exercise passes, else a short checklist with the next one to do. */
final class ProgressReport {

    private ProgressReport() {
    }

    static String render(String step, Map<String, ExerciseProgress.Outcome> outcomes, Map<String, LessonSection> lessons) {
        long passed = outcomes.values().stream().filter(o -> o == ExerciseProgress.Outcome.PASSED).count();
        long failed = outcomes.values().stream().filter(o -> o == ExerciseProgress.Outcome.FAILED).count();
        long notRun = outcomes.size() - passed - failed;
        String notRunNote = notRun == 0 ? "" : " (" + notRun + " not checked by this run: " + String.join(", ", numbers(outcomes,
                ExerciseProgress.Outcome.NOT_RUN)) + ")";
        if (failed == 0) {
            return "[workbook] " + step + ": " + passed + " of " + outcomes.size() + " exercises pass" + notRunNote + ".";
        }
        StringBuilder text = new StringBuilder("\n[workbook] Your progress in " + step + ": " + passed + " of "
                + outcomes.size() + " exercises pass.   [x] passes  [ ] fails  [-] not checked yet\n");
        String next = null;
        String nextNumber = null;
        for (Map.Entry<String, ExerciseProgress.Outcome> entry : outcomes.entrySet()) {
            LessonSection section = lessons.get(entry.getKey());
            String title = section == null ? "" : " " + section.title();
            text.append("  ").append(mark(entry.getValue())).append(' ').append(entry.getKey()).append(title).append('\n');
            if (next == null && entry.getValue() == ExerciseProgress.Outcome.FAILED) {
                next = "Exercise " + entry.getKey() + title + ": read " + (section == null ? "docs/README.md" : section.link());
                nextNumber = entry.getKey();
            }
        }
        return text.append("  Next: ").append(next).append('\n')
                .append("  Stuck? mvn -q -pl workbook-tools compile exec:java@hint -Dexercise=").append(nextNumber).append('\n')
                .toString();
    }

    private static String mark(ExerciseProgress.Outcome outcome) {
        switch (outcome) {
            case PASSED: return "[x]";
            case FAILED: return "[ ]";
            default: return "[-]";
        }
    }

    private static String[] numbers(Map<String, ExerciseProgress.Outcome> outcomes, ExerciseProgress.Outcome wanted) {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == wanted).map(Map.Entry::getKey).toArray(String[]::new);
    }
}
