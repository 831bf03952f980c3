package dev.workbook.pages.nicknames;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts what a reader sees as characters: extended grapheme clusters (Unicode UAX #29), so that
 * "é" written as e + accent is one, and so is the family emoji 👨‍👩‍👧 (five code points joined by ZWJ).
 *
 * <p>Java 17's {@code java.text.BreakIterator} still splits emoji sequences (it learned them in
 * Java 20), while {@code \X} in {@code java.util.regex} follows UAX #29 with emoji since Java 15.
 *
 * @see <a href="https://www.unicode.org/reports/tr29/#Grapheme_Cluster_Boundaries">UAX #29: grapheme cluster boundaries</a>
 */
final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {
    }

    static int count(String text) {
        Matcher clusters = CLUSTER.matcher(text);
        int count = 0;
        while (clusters.find()) {
            count++;
        }
        return count;
    }
}
