package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner edition made from this very repository. */
@Tag("support")
class LearnerEditionTest {

    private static final Workbook REFERENCE = Workbook.at(Path.of(System.getProperty("workbook.root", "..")));

    @TempDir
    Path temp;

    @Test
    @DisplayName("In the learner edition every exercise region holds only its stub, and no solution line is left")
    void editionHoldsNoSolution() throws IOException {
        Path edition = temp.resolve("edition");

        Set<Integer> allSteps = REFERENCE.steps().stream().map(step -> Workbook.stepNumber(step).orElseThrow()).collect(Collectors.toSet());

        int stubbed = new LearnerEdition(REFERENCE).write(edition, allSteps);

        List<ExerciseRegion> regions = Workbook.at(edition).regions();
        assertThat(stubbed).as("regions stubbed").isEqualTo(REFERENCE.regions().size()).isPositive();
        for (ExerciseRegion region : regions) {
            List<String> inside = Workbook.lines(edition.resolve(region.file())).subList(region.beginLine(), region.endLine() - 1);
            assertThat(inside).as("the code inside exercise %s in %s", region.number(), region.file())
                    .singleElement().asString().contains("throw new").contains("Exercise " + region.number() + " is not done yet")
                    .contains("docs/");
        }
    }

    @Test
    @DisplayName("The edition keeps lessons, pages and the steps' tests, and leaves out build output, CI, the proof and the kit's tests")
    void editionLayout() throws IOException {
        Path edition = temp.resolve("edition");

        new LearnerEdition(REFERENCE).write(edition, Set.of(1));

        Set<String> files = relativeFiles(edition);
        assertThat(files).as("files of the learner edition")
                .contains("pom.xml", "README.md", "workbook", "workbook.cmd", "docs/step01-handshake.md", LearnerEdition.MARKER_FILE,
                        "step01-handshake/src/main/resources/public/step01/index.html",
                        "step01-handshake/src/test/java/dev/workbook/step01/EchoServerTest.java")
                .noneMatch(f -> f.startsWith(".ci/") || f.equals(".git") || f.contains("/target/") || f.startsWith(".git/") || f.endsWith("ProofTest.java")
                        || f.contains("/wrong-solutions/") || f.startsWith("workbook-") && f.contains("/src/test/"));
    }

    @Test
    @DisplayName("Steps not chosen keep their reference code, so a class can start at any step")
    void onlyChosenStepsAreBlank() throws IOException {
        Path edition = temp.resolve("edition");

        int stubbed = new LearnerEdition(REFERENCE).write(edition, Set.of());

        assertThat(stubbed).as("regions stubbed when no step is chosen").isZero();
        assertThat(Files.readString(edition.resolve("step01-handshake/src/main/java/dev/workbook/step01/AcceptKey.java")))
                .isEqualTo(Files.readString(REFERENCE.root().resolve("step01-handshake/src/main/java/dev/workbook/step01/AcceptKey.java")));
    }

    @Test
    @DisplayName("The edition is never written over an existing folder")
    void refusesNonEmptyFolder() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> new LearnerEdition(REFERENCE).write(temp, Set.of(1))).hasMessageContaining("not empty");
    }

    @Test
    @DisplayName("Reset puts one exercise back to its stub in an edition and keeps what was written")
    void resetRestoresTheStub() throws IOException {
        Path edition = temp.resolve("edition");
        new LearnerEdition(REFERENCE).write(edition, Set.of());
        Workbook workbook = Workbook.at(edition);
        Path validator = edition.resolve("step01-handshake/src/main/java/dev/workbook/step01/HandshakeValidator.java");
        String before = Files.readString(validator);

        Path backup = new ExerciseReset(workbook).reset("1.1");

        assertThat(Files.readString(backup)).as("the backup of exercise 1.1").contains("clientKey");
        assertThat(workbook.regions().stream().filter(r -> r.number().equals("1.1")))
                .allMatch(r -> r.endLine() - r.beginLine() == 2);
        assertThat(Files.readString(validator)).as("exercise 1.2, which was not reset").isEqualTo(before);
    }

    private static Set<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
