package dev.workbook.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The workbook as files: its steps, the exercise regions in their code, and their lessons. */
public final class Workbook {

    private static final Pattern STEP_DIRECTORY = Pattern.compile("step(\\d\\d)-[\\w-]+");

    private final Path root;

    private Workbook(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The workbook whose root is {@code root}: the folder with the reactor pom.xml and docs/. */
    public static Workbook at(Path root) {
        return new Workbook(root);
    }

    /** The nearest folder at or above {@code start} that holds {@code docs/} and a pom.xml. */
    public static Workbook around(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("pom.xml"))) {
                return new Workbook(dir);
            }
        }
        throw new IllegalStateException("no workbook (a folder with docs/ and pom.xml) at or above " + start);
    }

    public Path root() {
        return root;
    }

    /** The step modules, in order: folders named like {@code step01-handshake}. */
    public List<Path> steps() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> STEP_DIRECTORY.matcher(dir.getFileName().toString()).matches())
                    .filter(dir -> Files.exists(dir.resolve("pom.xml")))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step number of a step folder, such as 1 for {@code step01-handshake}. */
    public static Optional<Integer> stepNumber(Path stepDirectory) {
        Matcher matcher = STEP_DIRECTORY.matcher(stepDirectory.getFileName().toString());
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** Every exercise region in the main code of every step. */
    public List<ExerciseRegion> regions() {
        List<ExerciseRegion> regions = new ArrayList<>();
        steps().forEach(step -> regions.addAll(regionsIn(step)));
        return regions;
    }

    /** The exercise regions in one step's main code, Java and page scripts. */
    public List<ExerciseRegion> regionsIn(Path step) {
        Path main = step.resolve("src/main");
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(main)) {
            List<ExerciseRegion> regions = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).filter(ExerciseRegions::mayHoldExercises).sorted()
                    .collect(Collectors.toList())) {
                regions.addAll(ExerciseRegions.find(root.relativize(file), lines(file)));
            }
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exercises of one step that have a region still holding its stub (see {@link ExerciseRegions#holdsStub}). */
    public Set<String> stubbedIn(Path step) {
        Set<String> stubbed = new TreeSet<>();
        for (ExerciseRegion region : regionsIn(step)) {
            if (ExerciseRegions.holdsStub(region, lines(root.resolve(region.file())))) {
                stubbed.add(region.number());
            }
        }
        return stubbed;
    }

    /** Every exercise's lesson section, by number. */
    public Map<String, LessonSection> lessons() {
        return Lessons.sections(root);
    }

    /** A function from exercise number to its lesson section's address, falling back to the course map. */
    public java.util.function.Function<String, String> lessonLinks() {
        Map<String, LessonSection> sections = lessons();
        return number -> Optional.ofNullable(sections.get(number)).map(LessonSection::link).orElse("docs/README.md");
    }

    /** A file's lines, in UTF-8. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
