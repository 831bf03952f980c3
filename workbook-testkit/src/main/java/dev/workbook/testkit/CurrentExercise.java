package dev.workbook.testkit;

import dev.workbook.tools.LessonSection;
import dev.workbook.tools.Workbook;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exercise the test running on this thread belongs to, so that a wait that runs out can name
 * it without every test passing it along; set by {@link OneExerciseAtATime}.
 */
final class CurrentExercise {

    private static final ThreadLocal<String> NUMBER = new ThreadLocal<>();
    private static final Map<Path, Map<String, LessonSection>> LESSONS = new ConcurrentHashMap<>();

    private CurrentExercise() {
    }

    static void set(String number) {
        NUMBER.set(number);
    }

    static void clear() {
        NUMBER.remove();
    }

    /** "Exercise 4.2 (Join a room, see docs/step04-chat-rooms.md#...)", or empty outside an exercise's test. */
    static Optional<String> describe() {
        String number = NUMBER.get();
        if (number == null) {
            return Optional.empty();
        }
        Optional<LessonSection> section = ExerciseRun.current().map(run -> lessons(run.module()).get(number));
        return Optional.of(section.map(s -> "Exercise " + number + " (" + s.title() + ", see " + s.link() + ")")
                .orElse("Exercise " + number));
    }

    private static Map<String, LessonSection> lessons(Path module) {
        return LESSONS.computeIfAbsent(module, m -> {
            try {
                return Workbook.around(m).lessons();
            } catch (IllegalStateException notAWorkbook) {
                return Map.of();
            }
        });
    }
}
