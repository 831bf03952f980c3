package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The exercise map of step 01, as this repository's code, tests and lesson make it. */
@Tag("support")
class ExerciseMapTest {

    private static final Workbook WORKBOOK = Workbook.at(Path.of(System.getProperty("workbook.root", "..")));

    private final List<ExerciseMap.Entry> map = ExerciseMap.of(WORKBOOK, WORKBOOK.root().resolve("step01-handshake"));

    @Test
    @DisplayName("Step 01's map lists its exercises in order, 1.2 before 1.10")
    void listsExercisesInOrder() {
        assertThat(map).extracting(ExerciseMap.Entry::number).as("exercise numbers of step 01's map")
                .startsWith("1.1", "1.2").endsWith("1.9", "1.10");
    }

    @Test
    @DisplayName("Exercise 1.1 is written in AcceptKey.of, checked by AcceptKeyTest, and explained in its lesson section")
    void describesAnExercise() {
        ExerciseMap.Entry acceptKey = map.get(0);

        assertThat(acceptKey.title()).as("1.1's title, from its lesson heading").isEqualTo("The accept key");
        assertThat(acceptKey.where()).as("where 1.1 is written").containsExactly("AcceptKey.of");
        assertThat(acceptKey.files()).as("1.1's file and line").singleElement().asString()
                .startsWith("step01-handshake/src/main/java/").contains("AcceptKey.java:");
        assertThat(acceptKey.tests()).as("the test classes that check 1.1").contains("AcceptKeyTest");
        assertThat(acceptKey.lesson()).as("1.1's lesson section").isEqualTo("docs/step01-handshake.md#exercise-11-the-accept-key");
        assertThat(acceptKey.page()).as("whether 1.1 is a page exercise").isFalse();
    }

    @Test
    @DisplayName("The page's exercise, 1.10, is a function in its own module, connect.js, checked in the browser")
    void pageExercise() {
        ExerciseMap.Entry page = map.get(map.size() - 1);

        assertThat(page.where()).as("where 1.10 is written").containsExactly("connect.js openSocket");
        assertThat(page.page()).as("whether 1.10 is a page exercise").isTrue();
        assertThat(page.tests()).as("the test classes that check 1.10").isNotEmpty();
    }
}
