package dev.workbook.testkit;

import dev.workbook.tools.ExerciseRegion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A wrong solution a learner might write, kept beside a step's tests so that the proof shows they
 * catch it, naming the right exercise: a file {@code src/test/resources/wrong-solutions/4.2-name.txt}
 * whose first line says what is wrong, followed by one {@code --- path/in/the/workbook.java} line
 * (with {@code #2} for an exercise's second region in that file) and the region's wrong body per region.
 *
 * @param exercise the exercise it is a wrong solution of
 * @param name the file's name without its number and extension
 * @param why what is wrong with it, in a sentence
 * @param bodies the wrong body of each region it replaces, by file and 1-based place among that exercise's regions there
 */
record WrongSolution(String exercise, String name, String why, Map<RegionAt, List<String>> bodies) {

    static final String FOLDER = "src/test/resources/wrong-solutions";
    private static final Pattern FILE_NAME = Pattern.compile("(\\d+\\.\\d+)-([\\w-]+)\\.txt");
    private static final Pattern SECTION = Pattern.compile("^--- (\\S+?)(?: #(\\d+))?\\s*$");

    /** A region of an exercise: the file, the exercise, and which of that exercise's regions in the file. */
    record RegionAt(Path file, String exercise, int place) {
        static RegionAt of(ExerciseRegion region, List<ExerciseRegion> regionsOfItsFile) {
            int place = 1;
            for (ExerciseRegion other : regionsOfItsFile) {
                if (other.equals(region)) {
                    return new RegionAt(region.file(), region.number(), place);
                }
                if (other.number().equals(region.number())) {
                    place++;
                }
            }
            throw new IllegalArgumentException(region + " is not among the regions of its own file");
        }
    }

    /** The wrong solutions kept in a step module, in exercise order. */
    static List<WrongSolution> in(Path module) throws IOException {
        Path folder = module.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<WrongSolution> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.add(read(file));
            }
        }
        all.sort((a, b) -> ExerciseTags.BY_NUMBER.compare(a.exercise(), b.exercise()));
        return all;
    }

    private static WrongSolution read(Path file) throws IOException {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(file + ": name a wrong solution N.M-what-it-does.txt");
        }
        String exercise = name.group(1);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<RegionAt, List<String>> bodies = new LinkedHashMap<>();
        List<String> body = null;
        for (String line : lines.subList(1, lines.size())) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                body = new ArrayList<>();
                int place = Optional.ofNullable(section.group(2)).map(Integer::parseInt).orElse(1);
                bodies.put(new RegionAt(Path.of(section.group(1)), exercise, place), body);
            } else if (body != null) {
                body.add(line);
            }
        }
        if (lines.isEmpty() || bodies.isEmpty()) {
            throw new IllegalArgumentException(file + ": say what is wrong on the first line, then '--- path' and the region's code");
        }
        return new WrongSolution(exercise, name.group(2), lines.get(0), bodies);
    }
}
