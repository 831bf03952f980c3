package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lessons quote the tested source exactly, never quote an exercise's solution, and open their exercises with an up-to-date map. */
@Tag("support")
class LessonExcerptsTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    private static final String UPDATE_COMMAND = "mvn -q -pl workbook-tools compile exec:java@excerpts";

    private final List<LessonExcerpts.Excerpt> excerpts = new LessonExcerpts(ROOT).all();

    @Test
    @DisplayName("Every code excerpt in a lesson matches the source it quotes")
    void excerptsMatchTheirSource() {
        List<String> stale = excerpts.stream().filter(e -> !e.inSync())
                .map(e -> ROOT.relativize(e.lesson()) + " quotes " + e.sourcePath() + "#" + e.tag())
                .collect(Collectors.toList());

        assertThat(stale).as("lesson excerpts that no longer match their source; update them with:%n  %s%n", UPDATE_COMMAND).isEmpty();
    }

    @Test
    @DisplayName("Every lesson of a step opens its exercise section with the exercise map the code and the tests' tags make")
    void exerciseMapsMatchTheCode() {
        List<LessonMaps.LessonMap> maps = new LessonMaps(Workbook.at(ROOT)).all();
        List<String> stale = maps.stream().filter(m -> !m.inSync()).map(m -> ROOT.relativize(m.lesson()).toString())
                .collect(Collectors.toList());

        assertThat(maps).as("lessons of steps with exercises").hasSizeGreaterThanOrEqualTo(4);
        assertThat(stale).as("lessons whose exercise map no longer matches the code and the tests' tags; update them with:%n  %s%n",
                UPDATE_COMMAND).isEmpty();
    }

    @Test
    @DisplayName("No lesson quotes code from inside an exercise, so lessons never give a solution away")
    void excerptsStayOutOfExercises() throws Exception {
        for (LessonExcerpts.Excerpt excerpt : excerpts) {
            List<String> source = Files.readAllLines(ROOT.resolve(excerpt.sourcePath()), StandardCharsets.UTF_8);
            List<String> quoted = source.subList(excerpt.region().firstLine() - 1, excerpt.region().lastLine());

            assertThat(quoted).as("%s#%s, quoted in %s", excerpt.sourcePath(), excerpt.tag(), ROOT.relativize(excerpt.lesson()))
                    .noneMatch(line -> line.contains("BEGIN EXERCISE") || line.contains("END EXERCISE"));
        }
    }

    @Test
    @DisplayName("The step 01 lesson quotes the source at least once, so this check has something to check")
    void step01LessonHasExcerpts() {
        assertThat(excerpts).as("excerpts in docs/step01-handshake.md")
                .anyMatch(e -> e.lesson().getFileName().toString().equals("step01-handshake.md"));
    }
}
