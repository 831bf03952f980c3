package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How exercise regions are found and stubbed, in Java and in a page's JavaScript. */
@Tag("support")
class ExerciseRegionsTest {

    private static final List<String> JAVA = List.of(
            "class A {",
            "    int twice(int x) {",
            "        // BEGIN EXERCISE 1.2: Return \"x\" doubled.",
            "        return 2 * x;",
            "        // END EXERCISE 1.2",
            "    }",
            "}");

    @Test
    @DisplayName("A Java region becomes one throw that names the exercise, its task and its lesson, between the kept markers")
    void javaStub() {
        List<String> stubbed = ExerciseRegions.stubbed(Path.of("A.java"), JAVA, region -> true, number -> "docs/x.md#ex");

        assertThat(stubbed).containsExactly(
                "class A {",
                "    int twice(int x) {",
                "        // BEGIN EXERCISE 1.2: Return \"x\" doubled.",
                "        throw new UnsupportedOperationException(\"Exercise 1.2 is not done yet: Return \\\"x\\\" doubled. Read docs/x.md#ex\");",
                "        // END EXERCISE 1.2",
                "    }",
                "}");
    }

    @Test
    @DisplayName("A JavaScript region throws an Error")
    void javaScriptStub() {
        List<String> js = List.of("function f() {", "  // BEGIN EXERCISE 1.10: Do it.", "  return 1;", "  // END EXERCISE 1.10", "}");

        List<String> stubbed = ExerciseRegions.stubbed(Path.of("app.js"), js, region -> true, number -> "L");

        assertThat(stubbed.get(2)).isEqualTo("  throw new Error(\"Exercise 1.10 is not done yet: Do it. Read L\");");
    }

    @Test
    @DisplayName("A region holding only its stub is not started; the reference, or the stub beside the learner's code, is")
    void stubIsRecognised() {
        List<String> stubbed = ExerciseRegions.stubbed(Path.of("A.java"), JAVA, region -> true, number -> "docs/x.md#ex");
        List<String> begun = new ArrayList<>(stubbed);
        begun.add(3, "        int y = x;");

        assertThat(ExerciseRegions.holdsStub(ExerciseRegions.find(Path.of("A.java"), stubbed).get(0), stubbed))
                .as("a region that holds the learner edition's stub").isTrue();
        assertThat(ExerciseRegions.holdsStub(ExerciseRegions.find(Path.of("A.java"), JAVA).get(0), JAVA))
                .as("a region that holds the reference's code").isFalse();
        assertThat(ExerciseRegions.holdsStub(ExerciseRegions.find(Path.of("A.java"), begun).get(0), begun))
                .as("a region with a line of the learner's before the stub").isFalse();
    }

    @Test
    @DisplayName("Unbalanced or nested markers are refused with the file and line")
    void malformedMarkers() {
        assertThatThrownBy(() -> ExerciseRegions.find(Path.of("B.java"), List.of("// BEGIN EXERCISE 1.1: a")))
                .hasMessageContaining("B.java:1").hasMessageContaining("has no END");
        assertThatThrownBy(() -> ExerciseRegions.find(Path.of("B.java"), List.of("// END EXERCISE 1.1")))
                .hasMessageContaining("without its BEGIN");
        assertThatThrownBy(() -> ExerciseRegions.find(Path.of("B.java"),
                List.of("// BEGIN EXERCISE 1.1: a", "// BEGIN EXERCISE 1.2: b", "// END EXERCISE 1.2", "// END EXERCISE 1.1")))
                .hasMessageContaining("inside exercise 1.1");
    }

    @Test
    @DisplayName("Lesson anchors follow GitHub's rules")
    void anchors() {
        assertThat(LessonSection.anchor("Exercise 1.7: Check UTF-8 as it arrives")).isEqualTo("exercise-17-check-utf-8-as-it-arrives");
    }
}
