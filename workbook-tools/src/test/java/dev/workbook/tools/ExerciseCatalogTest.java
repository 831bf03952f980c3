package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The exercises in the code, the sections in the lessons and the tags on the tests name the same exercises. */
@Tag("support")
class ExerciseCatalogTest {

    private static final Workbook WORKBOOK = Workbook.at(Path.of(System.getProperty("workbook.root", "..")));
    private static final Pattern TEST_TAG = Pattern.compile("@Tag\\(\"exercise-(\\d+\\.\\d+)\"\\)");

    private final Set<String> inCode = WORKBOOK.regions().stream().map(ExerciseRegion::number).collect(Collectors.toCollection(TreeSet::new));

    @Test
    @DisplayName("Every exercise in the code has its section in a lesson, and every lesson exercise is in the code")
    void codeAndLessonsAgree() {
        Set<String> inLessons = new TreeSet<>(WORKBOOK.lessons().keySet());

        assertThat(inCode).as("exercises in the code (BEGIN EXERCISE markers)").isNotEmpty();
        assertThat(inLessons).as("exercise sections in docs/*.md ('### Exercise N.M: Title'), compared with the code")
                .containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    @DisplayName("Every exercise has a test tagged with it, and every exercise tag names a real exercise")
    void testsAndCodeAgree() throws IOException {
        Set<String> tagged = taggedInTests();

        assertThat(tagged).as("exercises that tests are tagged with (@Tag(\"exercise-N.M\")), compared with the code")
                .containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    @DisplayName("Each exercise's regions lie in its own step")
    void exercisesLieInTheirStep() {
        assertThat(WORKBOOK.regions()).as("exercise regions whose number does not match their step's folder")
                .allMatch(region -> Workbook.stepNumber(region.file().getName(0)).orElse(-1) == region.step());
    }

    private static Set<String> taggedInTests() throws IOException {
        Set<String> tagged = new TreeSet<>();
        for (Path step : WORKBOOK.steps()) {
            try (Stream<Path> files = Files.walk(step.resolve("src/test/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                    Matcher matcher = TEST_TAG.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        tagged.add(matcher.group(1));
                    }
                }
            }
        }
        return tagged;
    }
}
