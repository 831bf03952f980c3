package dev.workbook.testkit;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Runs tests in the order of the exercises they check, so that a learner meets the failures of
 * exercise 1.1 before those of 1.2; tests of no exercise run first. Set as the default orders in
 * {@code junit-platform.properties}.
 */
public final class ExerciseOrder {

    /** Sorts before every exercise: tests of the step's own support code. */
    private static final String NONE = "0.0";
    private static final Comparator<String> ORDER = ExerciseTags.BY_NUMBER;

    private ExerciseOrder() {
    }

    /** Orders test classes by the earliest exercise any of their tests is about. */
    public static final class Classes implements ClassOrderer {
        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing(Classes::earliest, ORDER));
        }

        private static String earliest(ClassDescriptor descriptor) {
            Stream<String> classTags = tags(descriptor.findRepeatableAnnotations(Tag.class).stream());
            Optional<String> fromClass = ExerciseTags.highest(classTags);
            return fromClass.orElseGet(() -> Stream.of(descriptor.getTestClass().getDeclaredMethods())
                    .map(method -> ExerciseTags.highest(tags(Stream.of(method.getAnnotationsByType(Tag.class)))))
                    .flatMap(Optional::stream)
                    .min(ORDER).orElse(NONE));
        }
    }

    /** Orders a class's tests by the last exercise each needs. */
    public static final class Methods implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(Comparator.comparing(Methods::key, ORDER));
        }

        private static String key(MethodDescriptor descriptor) {
            return ExerciseTags.highest(tags(descriptor.findRepeatableAnnotations(Tag.class).stream())).orElse(NONE);
        }
    }

    private static Stream<String> tags(Stream<Tag> annotations) {
        return annotations.map(Tag::value);
    }
}
