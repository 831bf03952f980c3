package dev.workbook.testkit;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads exercise numbers out of test tags such as {@code exercise-1.3}, and orders them. A test's
 * exercise tags are every exercise it needs; the highest of them is the exercise it belongs to.
 */
final class ExerciseTags {

    static final String PREFIX = "exercise-";

    /** 1.2 before 1.10: by step, then by number within the step. */
    static final Comparator<String> BY_NUMBER = Comparator
            .comparing((String n) -> Integer.parseInt(n.substring(0, n.indexOf('.'))))
            .thenComparing(n -> Integer.parseInt(n.substring(n.indexOf('.') + 1)));

    private ExerciseTags() {
    }

    /** The exercise numbers among these tags. */
    static Stream<String> numbers(Stream<String> tags) {
        return tags.filter(tag -> tag.startsWith(PREFIX) && tag.length() > PREFIX.length())
                .map(tag -> tag.substring(PREFIX.length()));
    }

    /** The exercise numbers among these tags, in exercise order. */
    static Set<String> needs(Stream<String> tags) {
        return numbers(tags).collect(Collectors.toCollection(() -> new TreeSet<>(BY_NUMBER)));
    }

    /** The last exercise a test needs, the one it belongs to: a test of 1.5 that also leans on 1.1 counts as 1.5. */
    static Optional<String> highest(Stream<String> tags) {
        return numbers(tags).max(BY_NUMBER);
    }

    /** Whether exercise {@code a} comes before {@code b}. */
    static boolean before(String a, String b) {
        return BY_NUMBER.compare(a, b) < 0;
    }

    /** The earlier of two exercise numbers, either of which may be null. */
    static String earlier(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || before(a, b) ? a : b;
    }
}
