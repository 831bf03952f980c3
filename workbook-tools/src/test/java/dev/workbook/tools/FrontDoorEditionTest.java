package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** What list, next, reset and restore do in a learner edition with step 01 blank. */
@Tag("support")
class FrontDoorEditionTest {

    private static final Workbook REFERENCE = Workbook.at(Path.of(System.getProperty("workbook.root", "..")));

    @TempDir
    Path temp;

    /** A learner edition of a small copy of the workbook, its root pom, lessons and step 01 only: quick to write. */
    private Workbook edition(Set<Integer> blank) throws IOException {
        Path small = temp.resolve("small");
        for (String part : List.of("pom.xml", "docs", "step01-handshake/pom.xml", "step01-handshake/src")) {
            copy(REFERENCE.root().resolve(part), small.resolve(part));
        }
        Path folder = temp.resolve("edition");
        new LearnerEdition(Workbook.at(small)).write(folder, blank);
        return Workbook.at(folder);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    @DisplayName("Before any run, next is the first exercise still holding its stub: 1.1, with its task, file and lesson")
    void nextBeforeAnyRun() throws IOException {
        String next = NextExercise.render(edition(Set.of(1)));

        assertThat(next).as("./workbook next in a fresh edition with step 01 blank")
                .startsWith("Next: Exercise 1.1 The accept key").contains("not started")
                .contains("AcceptKey.java:").contains("docs/step01-handshake.md#exercise-11-the-accept-key")
                .contains("./workbook test 1.1").contains("./workbook hint 1.1");
    }

    @Test
    @DisplayName("After a run in which 1.1 to 1.3 passed, next is 1.4 and list marks each exercise as the run left it")
    void nextAndListAfterARun() throws IOException {
        Workbook edition = edition(Set.of(1));
        Path step = edition.root().resolve("step01-handshake");
        Files.createDirectories(step.resolve("target"));
        Files.writeString(step.resolve(LastRuns.FILE), "exercise.1.1=passed\nexercise.1.2=passed\nexercise.1.3=passed\n"
                + "exercise.1.4=failed\nexercise.1.5=not_run\nnext=1.4\nverdict=fail\n", StandardCharsets.UTF_8);

        assertThat(NextExercise.render(edition)).as("./workbook next after 1.1-1.3 passed and 1.4 failed")
                .startsWith("Next: Exercise 1.4 Unmask the payload").contains("says it fails");
        assertThat(ExerciseList.render(edition)).as("./workbook list after that run")
                .contains("step01-handshake: 3 of 10 pass").contains("[x] 1.3 Decode a frame header")
                .contains("[ ] 1.4 Unmask the payload").contains("[-] 1.5 Encode a server frame")
                .contains("tests: AcceptKeyTest");
    }

    @Test
    @DisplayName("Reset puts an exercise back to its stub and restore brings back the code it replaced, byte for byte")
    void resetThenRestore() throws IOException {
        Workbook edition = edition(Set.of());
        Path file = edition.regions().stream().filter(r -> r.number().equals("1.8")).findFirst().orElseThrow().file();
        String solved = Files.readString(edition.root().resolve(file), StandardCharsets.UTF_8);

        new ExerciseReset(edition).reset("1.8");
        assertThat(edition.stubbedIn(edition.root().resolve("step01-handshake"))).as("stubs in step 01 after resetting 1.8")
                .containsExactly("1.8");

        new ExerciseRestore(edition).restore("1.8");
        assertThat(Files.readString(edition.root().resolve(file), StandardCharsets.UTF_8)).as("%s after reset and restore", file)
                .isEqualTo(solved);
    }

    @Test
    @DisplayName("Restore without a reset before says that only a reset makes a backup")
    void restoreWithoutBackup() throws IOException {
        Workbook edition = edition(Set.of());

        assertThatThrownBy(() -> new ExerciseRestore(edition).restore("1.2")).as("restoring 1.2, never reset")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a reset makes one");
    }
}
