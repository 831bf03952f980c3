package dev.workbook.step06;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.ExerciseProof;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Step 06's tests check its exercises, both ways ({@code mvn test -Pproof}); not part of the learner edition. */
@Tag("proof")
class Step06ProofTest {

    @Test
    @DisplayName("Every exercise of step 06 is caught by its tests when stubbed, and the reference passes them")
    void everyExerciseIsChecked() throws Exception {
        String report = ExerciseProof.verify(Path.of(System.getProperty("basedir", ".")));

        System.out.println(report);
        assertThat(report).contains("no defects");
    }
}
