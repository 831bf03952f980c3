package dev.workbook.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the exercise sections of every lesson under {@code docs/}. */
public final class Lessons {

    private static final Pattern HEADING = Pattern.compile("^#{2,4}\\s+Exercise (\\d+\\.\\d+):\\s*(.+?)\\s*$");
    private static final Pattern HINT_START = Pattern.compile("^\\s*<details>\\s*<summary>\\s*Hint.*$");

    private Lessons() {
    }

    /** Every exercise section, by number, in lesson order. */
    public static Map<String, LessonSection> sections(Path root) {
        Map<String, LessonSection> sections = new LinkedHashMap<>();
        Path docs = root.resolve("docs");
        if (!Files.isDirectory(docs)) {
            return sections;
        }
        try (Stream<Path> files = Files.list(docs)) {
            for (Path lesson : files.filter(f -> f.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                read(root, lesson, sections);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    private static void read(Path root, Path lesson, Map<String, LessonSection> sections) throws IOException {
        List<String> lines = Files.readAllLines(lesson, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                LessonSection section = new LessonSection(root.relativize(lesson), heading.group(1), heading.group(2),
                        i + 1, hintAfter(lines, i + 1));
                if (sections.putIfAbsent(section.number(), section) != null) {
                    throw new IllegalStateException(section.lesson() + ":" + section.line()
                            + ": exercise " + section.number() + " has two sections");
                }
            }
        }
    }

    /** The first {@code <details><summary>Hint</summary> ... </details>} block before the next heading. */
    private static String hintAfter(List<String> lines, int from) {
        for (int i = from; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            if (HINT_START.matcher(lines.get(i)).matches()) {
                StringBuilder hint = new StringBuilder();
                for (int j = i + 1; j < lines.size() && !lines.get(j).trim().startsWith("</details>"); j++) {
                    hint.append(lines.get(j).replaceAll("</?summary>", "")).append('\n');
                }
                return hint.toString().strip();
            }
        }
        return "";
    }
}
