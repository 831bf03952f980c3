package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How the exercise map learns which test classes check an exercise, from their tags. */
@Tag("support")
class TestTagsTest {

    private static final List<String> SOURCE = List.of(
            "@ExchangesFrames",
            "@Tag(\"exercise-1.8\")",
            "class EchoTest {",
            "    @BeforeEach",
            "    void connect() {",
            "    }",
            "    @Test",
            "    @Tag(\"exercise-1.10\")",
            "    @DisplayName(\"Echoes (twice)\")",
            "    void echoesText() {",
            "        assertThat(echo(\"a\")).isEqualTo(\"a\");",
            "    }",
            "    @ParameterizedTest",
            "    @ValueSource(strings = {",
            "        \"x(y)\",",
            "    })",
            "    void echoesEach(String text) {",
            "    }",
            "}");

    @Test
    @DisplayName("A test belongs to the highest exercise among its class's tags, its own and its composed annotations'")
    void testBelongsToItsHighestExercise() {
        Map<String, Set<String>> owners = TestTags.owners(SOURCE, Map.of("ExchangesFrames", List.of("1.3", "1.9")));

        assertThat(owners).as("exercise -> test classes, for a class tagged 1.8 and @ExchangesFrames (1.3, 1.9)")
                .containsOnlyKeys("1.10", "1.9")
                .containsEntry("1.10", Set.of("EchoTest"))
                .containsEntry("1.9", Set.of("EchoTest"));
    }

    @Test
    @DisplayName("A class without exercise tags checks no exercise, and a @BeforeEach method is no test")
    void untaggedClassChecksNothing() {
        Map<String, Set<String>> owners = TestTags.owners(List.of("class SupportTest {", "    @BeforeEach", "    void setUp() {",
                "    }", "    @Test", "    void works() {", "    }", "}"), Map.of());

        assertThat(owners).as("exercises checked by an untagged class").isEmpty();
    }
}
