package dev.workbook.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** The one line {@link #stubLine} writes, whatever its task and lesson link. */
    private static final Pattern STUB = Pattern.compile(
            "^\\s*throw new (?:UnsupportedOperationException|Error)\\(\"Exercise (\\d+\\.\\d+) is not done yet: .*\\);\\s*$");

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
        return rewritten(file, lines, region -> which.test(region)
                ? Optional.of(List.of(stubLine(region, lessonLinkOf.apply(region.number())))) : Optional.empty());
    }

    /**
     * The file with the body of each region for which {@code newBody} gives one replaced by it; the
     * marker lines stay. The proof writes stubs and known wrong solutions this way.
     */
    public static List<String> rewritten(Path file, List<String> lines, Function<ExerciseRegion, Optional<List<String>>> newBody) {
        List<String> result = new ArrayList<>(lines);
        List<ExerciseRegion> regions = find(file, lines);
        for (int k = regions.size() - 1; k >= 0; k--) {
            ExerciseRegion region = regions.get(k);
            Optional<List<String>> body = newBody.apply(region);
            if (body.isPresent()) {
                result.subList(region.beginLine(), region.endLine() - 1).clear();
                result.addAll(region.beginLine(), body.get());
            }
        }
        return result;
    }

    /**
     * Whether {@code region} of {@code lines} still holds its stub and nothing else: the learner has
     * not started it. A region whose stub is kept beside code of the learner's counts as started.
     */
    public static boolean holdsStub(ExerciseRegion region, List<String> lines) {
        List<String> body = lines.subList(region.beginLine(), region.endLine() - 1).stream()
                .filter(line -> !line.isBlank()).toList();
        if (body.size() != 1) {
            return false;
        }
        Matcher stub = STUB.matcher(body.get(0));
        return stub.matches() && stub.group(1).equals(region.number());
    }

    /** The one statement that replaces a region: it throws, naming the exercise, its task and its lesson. */
    public static String stubLine(ExerciseRegion region, String lessonLink) {
        String message = "Exercise " + region.number() + " is not done yet: " + region.task() + " Read " + lessonLink;
        String literal = "\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String exception = region.isJavaScript() ? "Error" : "UnsupportedOperationException";
        return region.indent() + "throw new " + exception + "(" + literal + ");";
    }

    private static IllegalArgumentException malformed(Path file, int index, String what) {
        return new IllegalArgumentException(file + ":" + (index + 1) + ": " + what);
    }
}
