package dev.workbook.testkit;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads exercise numbers out of test tags such as {@code exercise-1.3}, and orders them. */
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

    /** The last exercise a test needs: a test of 1.5 that also leans on 1.1 counts as 1.5. */
    static Optional<String> highest(Stream<String> tags) {
        return numbers(tags).max(BY_NUMBER);
    }
}
