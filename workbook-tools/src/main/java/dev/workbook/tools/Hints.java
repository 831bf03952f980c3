package dev.workbook.tools;

import java.util.List;
import java.util.stream.Collectors;

/** Tells a stuck learner everything about one exercise: the task, where to write, the lesson, the hint. */
public final class Hints {

    private Hints() {
    }

    /** A few lines about exercise {@code number}, with its lesson's hint. */
    public static String describe(Workbook workbook, String number) {
        List<ExerciseRegion> regions = workbook.regions().stream().filter(r -> r.number().equals(number)).collect(Collectors.toList());
        LessonSection section = workbook.lessons().get(number);
        if (regions.isEmpty() || section == null) {
            throw new IllegalArgumentException("there is no exercise " + number + " in this workbook");
        }
        StringBuilder text = new StringBuilder("Exercise " + number + ": " + section.title() + "\n");
        regions.forEach(r -> text.append("  Task:   ").append(r.task()).append('\n')
                .append("  Where:  ").append(r.file().toString().replace('\\', '/')).append(':').append(r.beginLine()).append('\n'));
        String step = regions.get(0).file().getName(0).toString();
        // A page's script is checked in a real browser: those tests run in the browser profile.
        boolean page = regions.stream().allMatch(ExerciseRegion::isJavaScript);
        text.append("  Lesson: ").append(section.link()).append('\n')
                .append("  Tests:  ").append(Commands.testExercise(step, number)).append("    (runs ")
                .append(Commands.mvnTestExercise(step, number, page)).append(")")
                .append("\n\n")
                .append(section.hint().isEmpty() ? "This exercise has no hint in its lesson yet." : section.hint()).append('\n');
        return text.toString();
    }
}
