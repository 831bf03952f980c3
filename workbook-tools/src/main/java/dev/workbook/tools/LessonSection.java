package dev.workbook.tools;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An exercise's section in a lesson: the heading {@code ### Exercise 1.3: Decode a frame header}
 * and the hint inside it.
 *
 * @param lesson the lesson file, relative to the repository root, such as {@code docs/step01-handshake.md}
 * @param number the exercise number
 * @param title the heading's title after the number
 * @param line the heading's 1-based line
 * @param hint the text of the section's {@code <details>} hint block, or empty
 */
public record LessonSection(Path lesson, String number, String title, int line, String hint) {

    /** The section's address as GitHub anchors headings: lower case, punctuation dropped, spaces as hyphens. */
    public String link() {
        return lesson.toString().replace('\\', '/') + "#" + anchor("Exercise " + number + ": " + title);
    }

    /** GitHub's anchor for a heading. */
    public static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
