package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What list, next, reset and restore do in a learner edition with step 01 blank. */
@Tag("support")
class FrontDoorEditionTest {

    @TempDir
    Path temp;

    /** A learner edition of a small copy of the workbook: quick to write. */
    private Workbook edition(Set<Integer> blank) throws IOException {
        Workbook small = SmallWorkbook.copyTo(temp.resolve("small"));
        Path folder = temp.resolve("edition");
        new LearnerEdition(small).write(folder, blank);
        return Workbook.at(folder);
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
    @DisplayName("After a run in which 1.1 to 1.3 passed and 1.4 failed, next is 1.4 and list marks each exercise as the run left it")
    void nextAndListAfterARun() throws IOException {
        Workbook edition = edition(Set.of());
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
    @DisplayName("An exercise reset after a run that saw it pass is next again, and list says its code is the stub again")
    void resetExerciseIsNextAgain() throws IOException {
        Workbook edition = edition(Set.of());
        Path step = edition.root().resolve("step01-handshake");
        Files.createDirectories(step.resolve("target"));
        Files.writeString(step.resolve(LastRuns.FILE), "exercise.1.1=passed\nexercise.1.2=passed\nverdict=pass\n", StandardCharsets.UTF_8);

        new ExerciseReset(edition).reset("1.2");

        assertThat(NextExercise.render(edition)).as("./workbook next after resetting 1.2, which the last run saw pass")
                .startsWith("Next: Exercise 1.2 ").contains("still the stub");
        assertThat(ExerciseList.render(edition)).as("./workbook list after that reset")
                .contains("[x] 1.2 Validate the upgrade request   (but its code is the stub again)")
                .doesNotContain("[x] 1.1 The accept key   (but");
    }

    @Test
    @DisplayName("With no stub left and no run yet, next says which steps' tests have not run instead of claiming all pass")
    void nothingLeftButUnrunSteps() throws IOException {
        assertThat(NextExercise.render(edition(Set.of()))).as("./workbook next in an edition with nothing blank, never run")
                .contains("have not run yet: step01-handshake").doesNotContain("Every exercise passed");
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
