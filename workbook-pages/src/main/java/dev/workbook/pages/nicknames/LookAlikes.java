package dev.workbook.pages.nicknames;

import java.util.Locale;
import java.util.Map;

/**
 * A nickname's skeleton: what is left of it once case and the letters that look alike no longer
 * count. Two nicknames with the same skeleton look alike to a reader ("Ada", "ADA", "Аda" with a
 * Cyrillic А, "Adа" with a Cyrillic а), so only one of them may be online at a time.
 *
 * <p>The table is small on purpose: the look-alikes an impostor reaches for first, in the scripts
 * of European keyboards. Unicode's full list (UTS #39 {@code confusables.txt}, some 6,000 entries,
 * in ICU's {@code SpoofChecker}) catches far more; this one is short enough to read.
 *
 * <ul>
 *   <li>Case: folded ("ADA" is "ada"; "STRASSE" is "straße").</li>
 *   <li>Upper-case Greek and Cyrillic letters drawn like Latin ones (А В Е К М Н О Р С Т Х, Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ) are
 *       mapped before folding, since their lower-case forms (в, н, т, ...) look different.</li>
 *   <li>Lower-case Cyrillic and Greek letters drawn like Latin ones (а е о р с у х ѕ і ј һ ԁ ԛ ԝ, α ο ρ ι ν).</li>
 *   <li>Digits and signs drawn like letters: 0 as o, 1 and | as l; and i as l, since I (capital i)
 *       and l are the same stroke in most sans-serif fonts and case does not count. So "Ali" and
 *       "All" count as look-alikes: a false alarm costs a second try, a missed one lets someone
 *       pass for another.</li>
 *   <li>"rn" as "m", and runs of spaces as one space.</li>
 * </ul>
 *
 * @see <a href="https://www.unicode.org/reports/tr39/#Confusable_Detection">UTS #39: confusable detection</a>
 */
final class LookAlikes {

    /** Upper-case letters, mapped before case folding: their lower-case forms do not look Latin. */
    private static final Map<Character, Character> UPPER = Map.ofEntries(
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'),
            Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('Х', 'X'), Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'),
            Map.entry('Η', 'H'), Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'),
            Map.entry('Ο', 'O'), Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'), Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'));

    /** Lower-case letters, digits and signs, mapped after case folding. */
    private static final Map<Character, Character> LOWER = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('ѕ', 's'), Map.entry('і', 'l'), Map.entry('ј', 'j'),
            Map.entry('һ', 'h'), Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'), Map.entry('ӏ', 'l'),
            Map.entry('α', 'a'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('ι', 'l'), Map.entry('ν', 'v'),
            Map.entry('0', 'o'), Map.entry('1', 'l'), Map.entry('|', 'l'), Map.entry('i', 'l'));

    private LookAlikes() {
    }

    /** The skeleton of a nickname already in its shown form (NFKC, trimmed). */
    static String skeleton(String shown) {
        String folded = map(shown, UPPER).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return map(folded, LOWER).replace("rn", "m").replaceAll("\\s+", " ");
    }

    private static String map(String text, Map<Character, Character> table) {
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            mapped.append(table.getOrDefault(c, c));
        }
        return mapped.toString();
    }
}
