package dev.workbook.testkit;

import dev.workbook.tools.LessonSection;

/**
 * An exercise of the workbook, named in every failure message so that a learner knows what to fix
 * and where to read about it.
 *
 * @param number the exercise number, such as {@code 1.1}; tests carry {@code @Tag("exercise-1.1")}
 * @param title the title of its lesson section, such as {@code The accept key}
 * @param lesson the lesson file, such as {@code docs/step01-handshake.md}
 */
public record Exercise(String number, String title, String lesson) {

    /** The lesson section's address, as GitHub and most Markdown viewers anchor headings. */
    public String link() {
        return lesson + "#" + LessonSection.anchor("Exercise " + number + ": " + title);
    }

    /** The tag its tests carry. */
    public String tag() {
        return "exercise-" + number;
    }

    /** "Exercise 1.1 (The accept key, see docs/step01-handshake.md#...)": for {@code as(...)} in assertions. */
    @Override
    public String toString() {
        return "Exercise " + number + " (" + title + ", see " + link() + ")";
    }
}
