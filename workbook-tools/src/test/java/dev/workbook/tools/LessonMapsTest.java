package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exercise map in a lesson: a drifted one is caught, and the update writes it back, or adds a missing one. */
@Tag("support")
class LessonMapsTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("A map that no longer matches the code is out of sync until the update rewrites it")
    void driftIsCaughtAndMended() throws IOException {
        Workbook small = SmallWorkbook.copyTo(temp);
        Path lesson = small.root().resolve("docs/step01-handshake.md");
        String original = Files.readString(lesson, StandardCharsets.UTF_8);
        Files.writeString(lesson, original.replace("`AcceptKey.of`", "`AcceptKey.compute`"), StandardCharsets.UTF_8);

        assertThat(new LessonMaps(small).all()).as("the step 01 map after renaming a method in it by hand")
                .singleElement().matches(map -> !map.inSync(), "is out of sync");
        assertThat(new LessonMaps(small).update()).as("lessons the update rewrote").isEqualTo(1);
        assertThat(Files.readString(lesson, StandardCharsets.UTF_8)).as("the lesson after the update").isEqualTo(original);
    }

    @Test
    @DisplayName("A lesson without a map gets one right under its 'The exercises' heading")
    void missingMapIsAdded() throws IOException {
        Workbook small = SmallWorkbook.copyTo(temp);
        Path lesson = small.root().resolve("docs/step01-handshake.md");
        String original = Files.readString(lesson, StandardCharsets.UTF_8);
        int begin = original.indexOf(LessonMaps.BEGIN);
        int end = original.indexOf(LessonMaps.END) + LessonMaps.END.length() + 1;
        Files.writeString(lesson, original.substring(0, begin - 1) + original.substring(end), StandardCharsets.UTF_8);

        new LessonMaps(small).update();

        assertThat(Files.readString(lesson, StandardCharsets.UTF_8)).as("the lesson after adding its map")
                .contains("## The exercises\n\n" + LessonMaps.BEGIN + "\n\n| Exercise | Write it in |")
                .contains("| [1.1 The accept key](#exercise-11-the-accept-key) | `AcceptKey.of` | AcceptKeyTest | `./workbook test 1.1` |");
    }
}
