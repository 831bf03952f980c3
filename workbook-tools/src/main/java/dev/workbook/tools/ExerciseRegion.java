package dev.workbook.tools;

import java.nio.file.Path;

/**
 * One marked region of reference code that a learner writes: the lines strictly between
 * {@code // BEGIN EXERCISE 1.3: task} and {@code // END EXERCISE 1.3}.
 *
 * @param file the source file, relative to the repository root
 * @param number the exercise number, such as {@code 1.3}; an exercise may span several regions
 * @param task the one-line task written on the BEGIN line
 * @param beginLine the 1-based line of the BEGIN marker
 * @param endLine the 1-based line of the END marker
 * @param indent the BEGIN marker's indentation, which the stub takes
 */
public record ExerciseRegion(Path file, String number, String task, int beginLine, int endLine, String indent) {

    /** The step this exercise belongs to: the part of its number before the dot, such as {@code 1}. */
    public int step() {
        return Integer.parseInt(number.substring(0, number.indexOf('.')));
    }

    /** Whether the region is in a page's JavaScript rather than in Java. */
    public boolean isJavaScript() {
        return file.toString().endsWith(".js");
    }
}
