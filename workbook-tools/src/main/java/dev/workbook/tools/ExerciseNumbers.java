package dev.workbook.tools;

import java.util.Comparator;

/** Exercise numbers such as {@code 1.10}, in course order: by step, then by number within it. */
public final class ExerciseNumbers {

    /** 1.2 before 1.10, and 1.10 before 2.1. */
    public static final Comparator<String> IN_ORDER = Comparator
            .comparing((String n) -> Integer.parseInt(n.substring(0, n.indexOf('.'))))
            .thenComparing(n -> Integer.parseInt(n.substring(n.indexOf('.') + 1)));

    private ExerciseNumbers() {
    }

    /** Whether {@code text} is an exercise number, such as {@code 1.4}. */
    public static boolean isNumber(String text) {
        return text != null && text.matches("\\d+\\.\\d+");
    }
}
