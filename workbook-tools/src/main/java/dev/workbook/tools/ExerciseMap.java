package dev.workbook.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A step's exercises at a glance: for each, its title, where it is written, the tests that check it and its lesson. */
public final class ExerciseMap {

    private static final Pattern CALL = Pattern.compile("(\\w+)\\s*\\(");
    private static final Set<String> NOT_A_NAME = Set.of("if", "for", "while", "switch", "catch", "synchronized", "return", "new");

    /**
     * One exercise of the map.
     *
     * @param where each region's place, such as {@code AcceptKey.of} or {@code app.js openSocket}
     * @param files each region's file and line, such as {@code step01-handshake/src/.../AcceptKey.java:26}
     * @param tests the test classes whose tests belong to the exercise
     * @param page whether the exercise is written in the page's JavaScript, checked in the browser
     */
    public record Entry(String number, String title, List<String> where, List<String> files, SortedSet<String> tests,
                        String lesson, boolean page) {
    }

    private ExerciseMap() {
    }

    /** The map of one step, in exercise order. */
    public static List<Entry> of(Workbook workbook, Path step) {
        Map<String, List<ExerciseRegion>> regions = new LinkedHashMap<>();
        workbook.regionsIn(step).stream().sorted((a, b) -> ExerciseNumbers.IN_ORDER.compare(a.number(), b.number()))
                .forEach(r -> regions.computeIfAbsent(r.number(), n -> new ArrayList<>()).add(r));
        Map<String, SortedSet<String>> tests = TestTags.byExercise(step);
        Map<String, LessonSection> lessons = workbook.lessons();
        List<Entry> entries = new ArrayList<>();
        regions.forEach((number, parts) -> {
            Set<String> where = new LinkedHashSet<>();
            List<String> files = new ArrayList<>();
            for (ExerciseRegion region : parts) {
                where.add(place(region, Workbook.lines(workbook.root().resolve(region.file()))));
                files.add(region.file().toString().replace('\\', '/') + ":" + region.beginLine());
            }
            LessonSection section = lessons.get(number);
            entries.add(new Entry(number, section == null ? parts.get(0).task() : section.title(), List.copyOf(where), files,
                    tests.getOrDefault(number, new TreeSet<>()), section == null ? "docs/README.md" : section.link(),
                    parts.stream().allMatch(ExerciseRegion::isJavaScript)));
        });
        return entries;
    }

    /** The file's short name and the method or function around the region. */
    static String place(ExerciseRegion region, List<String> lines) {
        String file = region.file().getFileName().toString();
        String owner = region.isJavaScript() ? file + " " : file.substring(0, file.lastIndexOf('.')) + ".";
        int indent = region.indent().length();
        for (int i = region.beginLine() - 2; i >= 0; i--) {
            String line = lines.get(i);
            int lineIndent = line.length() - line.stripLeading().length();
            if (line.isBlank() || lineIndent >= indent || line.stripLeading().startsWith("*") || line.stripLeading().startsWith("/")) {
                continue;
            }
            Matcher call = CALL.matcher(line);
            while (call.find()) {
                if (!NOT_A_NAME.contains(call.group(1))) {
                    return owner + call.group(1);
                }
            }
            indent = lineIndent;
        }
        return file;
    }
}
