package dev.workbook.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which test classes check each exercise, read from a step's test sources: a test's exercises are
 * its class's and its own {@code @Tag("exercise-N.M")}, directly or through a composed annotation
 * such as {@code @ExchangesFrames}; like the progress summary, a test belongs to the highest of them.
 */
public final class TestTags {

    private static final Pattern TAG = Pattern.compile("@Tag\\(\"exercise-(\\d+\\.\\d+)\"\\)");
    private static final Pattern ANNOTATION = Pattern.compile("^\\s*@(\\w+)");
    private static final Pattern COMPOSED = Pattern.compile("@interface\\s+(\\w+)");
    private static final Pattern CLASS = Pattern.compile("^(?:\\w+\\s+)*(?:class|record)\\s+(\\w+)");
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:\\w+\\s+)*[\\w<>\\[\\],?]+\\s+\\w+\\s*\\(");
    private static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "RepeatedTest", "FuzzTest", "TestFactory");

    private TestTags() {
    }

    /** For each exercise of the step, the simple names of the test classes holding tests that belong to it. */
    public static Map<String, SortedSet<String>> byExercise(Path step) {
        List<Path> sources = javaFiles(step.resolve("src/test/java"));
        Map<String, List<String>> composed = new HashMap<>();
        for (Path source : sources) {
            String text = read(source);
            Matcher name = COMPOSED.matcher(text);
            if (name.find()) {
                composed.put(name.group(1), tagsIn(text));
            }
        }
        Map<String, SortedSet<String>> classes = new TreeMap<>(ExerciseNumbers.IN_ORDER);
        for (Path source : sources) {
            owners(Workbook.lines(source), composed).forEach((exercise, owner) ->
                    classes.computeIfAbsent(exercise, e -> new TreeSet<>()).addAll(owner));
        }
        return classes;
    }

    /** Walks one file: annotations pile up until a class or a method takes them. */
    static Map<String, Set<String>> owners(List<String> lines, Map<String, List<String>> composed) {
        Map<String, Set<String>> owners = new HashMap<>();
        List<String> classTags = List.of();
        String className = null;
        List<String> pending = new ArrayList<>();
        boolean isTest = false;
        for (String line : lines) {
            Matcher annotation = ANNOTATION.matcher(line);
            if (annotation.find()) {
                pending.addAll(tagsIn(line));
                pending.addAll(composed.getOrDefault(annotation.group(1), List.of()));
                isTest |= TEST_ANNOTATIONS.contains(annotation.group(1));
                continue;
            }
            Matcher declaredClass = CLASS.matcher(line.strip());
            if (className == null && declaredClass.find()) {
                className = declaredClass.group(1);
                classTags = List.copyOf(pending);
            } else if (METHOD.matcher(line).find() && isTest) {
                List<String> tags = new ArrayList<>(classTags);
                tags.addAll(pending);
                String owner = className;
                tags.stream().max(ExerciseNumbers.IN_ORDER)
                        .ifPresent(highest -> owners.computeIfAbsent(highest, e -> new TreeSet<>()).add(owner));
            } else if (!METHOD.matcher(line).find()) {
                continue;
            }
            pending.clear();
            isTest = false;
        }
        return owners;
    }

    private static List<String> tagsIn(String text) {
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(tag.group(1));
        }
        return tags;
    }

    private static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return String.join("\n", Workbook.lines(file));
    }
}
