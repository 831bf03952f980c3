package dev.workbook.testkit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs tests in the order of the exercises they belong to, so that a learner meets the failures of
 * exercise 1.1 before those of 1.2; tests of no exercise run first. Set as the default orders in
 * {@code junit-platform.properties}; the proof checks that no test of a later exercise runs before
 * one of an earlier.
 */
public final class ExerciseOrder {

    /** Sorts before every exercise: tests of the step's own support code. */
    private static final String NONE = "0.0";
    private static final Comparator<String> ORDER = ExerciseTags.BY_NUMBER;

    private ExerciseOrder() {
    }

    /** Orders test classes by the first exercise any of their tests belongs to, then by the last. */
    public static final class Classes implements ClassOrderer {
        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> first(d.getTestClass()), ORDER)
                    .thenComparing(d -> last(d.getTestClass()), ORDER));
        }

        private static String first(Class<?> testClass) {
            return owners(testClass).min(ORDER).orElse(NONE);
        }

        private static String last(Class<?> testClass) {
            return owners(testClass).max(ORDER).orElse(NONE);
        }

        private static Stream<String> owners(Class<?> testClass) {
            List<Tag> classTags = tags(testClass);
            return Stream.of(testClass.getDeclaredMethods()).filter(Classes::isTest)
                    .map(method -> owner(Stream.concat(classTags.stream(), tags(method).stream())))
                    .flatMap(Optional::stream);
        }

        private static boolean isTest(Method method) {
            return AnnotationSupport.isAnnotated(method, org.junit.platform.commons.annotation.Testable.class);
        }
    }

    /** Orders a class's tests by the exercise each belongs to. */
    public static final class Methods implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(Comparator.comparing(Methods::key, ORDER));
        }

        private static String key(MethodDescriptor descriptor) {
            Stream<Tag> all = Stream.concat(tags(descriptor.getMethod().getDeclaringClass()).stream(),
                    descriptor.findRepeatableAnnotations(Tag.class).stream());
            return owner(all).orElse(NONE);
        }
    }

    /** The exercise a test with these tags belongs to: the last it needs. */
    private static Optional<String> owner(Stream<Tag> tags) {
        return ExerciseTags.highest(tags.map(Tag::value));
    }

    /** Its {@code @Tag}s, also those of composed annotations such as {@code @ThroughARoom}. */
    private static List<Tag> tags(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, Tag.class);
    }
}
