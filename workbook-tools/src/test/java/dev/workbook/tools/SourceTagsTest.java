package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How a tagged region of source is cut out for a lesson. */
@Tag("support")
class SourceTagsTest {

    private static final List<String> SOURCE = List.of(
            "class A {",
            "    // tag::outer[]",
            "    void a() {",
            "        // tag::inner[]",
            "        call();",
            "        // end::inner[]",
            "    }",
            "    // end::outer[]",
            "}");

    @Test
    @DisplayName("A region loses its tag lines, nested ones too, and its common indentation")
    void regionIsDedentedWithoutTags() {
        SourceTags.Region outer = SourceTags.find(SOURCE, "outer").orElseThrow();

        assertThat(outer.lines()).containsExactly("void a() {", "    call();", "}");
        assertThat(outer.firstLine()).isEqualTo(3);
        assertThat(outer.lastLine()).isEqualTo(7);
    }

    @Test
    @DisplayName("An unknown tag is absent, and a tag without its end is an error")
    void missingTags() {
        assertThat(SourceTags.find(SOURCE, "nope")).isEmpty();
        assertThatThrownBy(() -> SourceTags.find(List.of("// tag::open[]", "x"), "open"))
                .hasMessageContaining("has no end::open[]");
    }
}
