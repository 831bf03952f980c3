package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof, run on a small made-up step: it passes tags that are exact, and names each defect when they are not. */
class SampleStepProofTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("With exact tags and a wrong solution its tests catch, the proof finds no defect")
    void exactTagsPass() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile();

        String report = ExerciseProof.verify(sample.module());

        assertThat(report).as("the proof's report").contains("3 exercises checked, no defects")
                .contains("walk, 2 solved: 2 pass, next 9.3, 1 test(s) fail")
                .contains("wrong solution 9.2 adds-zero: 1 test(s) fail, next 9.2");
        assertThat(Files.readAllLines(sample.module().resolve("target/exercise-needs.txt"))).as("the needs it measured")
                .contains("TotalTest#totalsThreeNumbers=9.1,9.3", "TwiceTest#doublesANumber=9.1,9.2", "GivenCodeTest#describesATally=");
    }

    @Test
    @DisplayName("A test tagged with an exercise it does not check, and one that needs an exercise it does not name, are both defects")
    void wrongTagsAreNamed() throws Exception {
        SampleStep sample = SampleStep.in(folder)
                .edit("step09-sample/src/test/java/sample/TotalTest.java", "@Tag(\"exercise-9.1\")\n", "@Tag(\"exercise-9.2\")\n")
                .compile();

        Throwable failure = catchThrowable(() -> ExerciseProof.verify(sample.module()));

        assertThat(failure).as("the proof's verdict").isInstanceOf(AssertionError.class).hasMessageContaining("defects")
                .hasMessageContaining("TotalTest#totalsThreeNumbers is tagged exercise-9.2 but passes with that exercise stubbed")
                .hasMessageContaining("TotalTest#totalsThreeNumbers fails with exercise 9.1 stubbed but is not tagged exercise-9.1");
    }

    @Test
    @DisplayName("A wrong solution the tests let through is a defect: the learner would be sent on to 9.3")
    void uncaughtWrongSolutionIsNamed() throws Exception {
        SampleStep sample = SampleStep.in(folder)
                .edit("step09-sample/src/test/resources/wrong-solutions/9.2-adds-zero.txt", "add(a, 0)", "a + a")
                .compile();

        Throwable failure = catchThrowable(() -> ExerciseProof.verify(sample.module()));

        assertThat(failure).as("the proof's verdict").isInstanceOf(AssertionError.class)
                .hasMessageContaining("the wrong solution 9.2 adds-zero (Adds zero instead of the number itself.) makes the summary's"
                        + " Next 9.3, not 9.2");
    }

    @Test
    @DisplayName("An exercise no test checks is a defect")
    void uncheckedExerciseIsNamed() throws Exception {
        SampleStep sample = SampleStep.in(folder)
                .edit("step09-sample/src/test/java/sample/TotalTest.java", "@Tag(\"exercise-9.3\")\n", "")
                .compile();

        Throwable failure = catchThrowable(() -> ExerciseProof.verify(sample.module()));

        assertThat(failure).as("the proof's verdict").isInstanceOf(AssertionError.class)
                .hasMessageContaining("exercise 9.3 is checked by no test");
    }
}
