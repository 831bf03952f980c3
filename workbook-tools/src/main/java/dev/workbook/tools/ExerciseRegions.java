package dev.workbook.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the exercise regions in a source file and replaces them with stubs that compile and fail
 * with a message naming the exercise, its task and its lesson section.
 */
public final class ExerciseRegions {

    private static final Pattern BEGIN = Pattern.compile("^(\\s*)//\\s*BEGIN EXERCISE (\\d+\\.\\d+):\\s*(.+?)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*END EXERCISE (\\d+\\.\\d+)\\s*$");

    private ExerciseRegions() {
    }

    /** Whether a file of this name can hold exercises: Java sources and pages' JavaScript. */
    public static boolean mayHoldExercises(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".js");
    }

    /**
     * The regions of one file, in order.
     *
     * @throws IllegalArgumentException for a BEGIN without its END, an END without its BEGIN, or nesting
     */
    public static List<ExerciseRegion> find(Path file, List<String> lines) {
        List<ExerciseRegion> regions = new ArrayList<>();
        Matcher open = null;
        int openLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher begin = BEGIN.matcher(lines.get(i));
            Matcher end = END.matcher(lines.get(i));
            if (begin.matches()) {
                if (open != null) {
                    throw malformed(file, i, "BEGIN EXERCISE inside exercise " + open.group(2) + " (line " + openLine + ")");
                }
                open = begin;
                openLine = i + 1;
            } else if (end.matches()) {
                if (open == null || !open.group(2).equals(end.group(1))) {
                    throw malformed(file, i, "END EXERCISE " + end.group(1) + " without its BEGIN");
                }
                regions.add(new ExerciseRegion(file, open.group(2), open.group(3), openLine, i + 1, open.group(1)));
                open = null;
            }
        }
        if (open != null) {
            throw malformed(file, openLine - 1, "BEGIN EXERCISE " + open.group(2) + " has no END EXERCISE");
        }
        return regions;
    }

    /**
     * The file with every region {@code which} selects replaced by its stub; the marker lines stay,
     * so that the learner sees where to write and a reset can find the region again.
     *
     * @param lessonLinkOf gives the lesson section's address for an exercise number
     */
    public static List<String> stubbed(Path file, List<String> lines, Predicate<ExerciseRegion> which,
                                       Function<String, String> lessonLinkOf) {
        List<String> result = new ArrayList<>(lines);
        List<ExerciseRegion> regions = find(file, lines);
        for (int k = regions.size() - 1; k >= 0; k--) {
            ExerciseRegion region = regions.get(k);
            if (which.test(region)) {
                result.subList(region.beginLine(), region.endLine() - 1).clear();
                result.add(region.beginLine(), stubLine(region, lessonLinkOf.apply(region.number())));
            }
        }
        return result;
    }

    /** The one statement that replaces a region: it throws, naming the exercise, its task and its lesson. */
    static String stubLine(ExerciseRegion region, String lessonLink) {
        String message = "Exercise " + region.number() + " is not done yet: " + region.task() + " Read " + lessonLink;
        String literal = "\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String exception = region.isJavaScript() ? "Error" : "UnsupportedOperationException";
        return region.indent() + "throw new " + exception + "(" + literal + ");";
    }

    private static IllegalArgumentException malformed(Path file, int index, String what) {
        return new IllegalArgumentException(file + ":" + (index + 1) + ": " + what);
    }
}
