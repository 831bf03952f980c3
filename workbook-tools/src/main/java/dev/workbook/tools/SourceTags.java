package dev.workbook.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tagged regions of a source file that lessons quote: the lines between
 * {@code // tag::name[]} and {@code // end::name[]}, the convention Asciidoctor and the Spring
 * guides use.
 */
public final class SourceTags {

    private static final Pattern START = Pattern.compile("^\\s*//\\s*tag::([\\w-]+)\\[]\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*end::([\\w-]+)\\[]\\s*$");

    /**
     * A tagged region: its lines without the tag lines, and where it lies (1-based, inclusive).
     *
     * @param firstLine the first line after the start tag
     * @param lastLine the last line before the end tag
     */
    public record Region(String name, int firstLine, int lastLine, List<String> lines) {
    }

    private SourceTags() {
    }

    /** The region named {@code name} in {@code source}, without its tag lines and common indentation. */
    public static Optional<Region> find(List<String> source, String name) {
        for (int i = 0; i < source.size(); i++) {
            if (isTag(START, source.get(i), name)) {
                for (int j = i + 1; j < source.size(); j++) {
                    if (isTag(END, source.get(j), name)) {
                        return Optional.of(new Region(name, i + 2, j, dedent(withoutTagLines(source.subList(i + 1, j)))));
                    }
                }
                throw new IllegalArgumentException("tag::" + name + "[] at line " + (i + 1) + " has no end::" + name + "[]");
            }
        }
        return Optional.empty();
    }

    private static boolean isTag(Pattern pattern, String line, String name) {
        Matcher matcher = pattern.matcher(line);
        return matcher.matches() && matcher.group(1).equals(name);
    }

    /** Nested tags of other regions do not show in an excerpt. */
    private static List<String> withoutTagLines(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!START.matcher(line).matches() && !END.matcher(line).matches()) {
                kept.add(line);
            }
        }
        return kept;
    }

    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return result;
    }
}
