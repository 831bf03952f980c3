package dev.workbook.classroom;

import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.Workbook;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The steps and exercise numbers of the workbook beside the board: a report naming any other is refused. */
public final class KnownExercises {

    /** Exercise numbers in course order: 1.2 before 1.10. */
    public static final Comparator<String> BY_NUMBER = Comparator
            .comparingInt((String n) -> Integer.parseInt(n.substring(0, n.indexOf('.'))))
            .thenComparingInt(n -> Integer.parseInt(n.substring(n.indexOf('.') + 1)));

    private final Map<String, Set<String>> byStep;
    private final Map<String, String> titles;

    KnownExercises(Map<String, Set<String>> byStep, Map<String, String> titles) {
        this.byStep = byStep;
        this.titles = titles;
    }

    /** The exercises in the code of the workbook at {@code root}. */
    public static KnownExercises of(Path root) {
        Workbook workbook = Workbook.at(root);
        Map<String, Set<String>> byStep = new TreeMap<>();
        for (Path step : workbook.steps()) {
            Set<String> numbers = new TreeSet<>(BY_NUMBER);
            workbook.regionsIn(step).stream().map(ExerciseRegion::number).forEach(numbers::add);
            byStep.put(step.getFileName().toString(), numbers);
        }
        Map<String, String> titles = new TreeMap<>(BY_NUMBER);
        workbook.lessons().forEach((number, section) -> titles.put(number, section.title()));
        return new KnownExercises(byStep, titles);
    }

    boolean isStep(String step) {
        return byStep.containsKey(step);
    }

    boolean inStep(String step, String number) {
        return byStep.getOrDefault(step, Set.of()).contains(number);
    }

    /** Every exercise, in course order, with its lesson title (empty when the lesson has none). */
    List<Map<String, String>> all() {
        return byStep.entrySet().stream().flatMap(step -> step.getValue().stream().map(number -> Map.of(
                "number", number, "step", step.getKey(), "title", titles.getOrDefault(number, "")))).toList();
    }

    /** The exercises of one step, in order; empty for a step this workbook does not have. */
    public List<String> numbersIn(String step) {
        return List.copyOf(byStep.getOrDefault(step, Set.of()));
    }

    public int count() {
        return byStep.values().stream().mapToInt(Set::size).sum();
    }
}
