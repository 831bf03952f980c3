package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class board's file in a learner edition: what the edition command writes, and what a run reads back. */
class ClassBoardSettingsTest {

    @TempDir
    Path edition;

    @Test
    @DisplayName("The file says what is sent and how to stop it, and reads back with the learner's name")
    void writesAndReadsBack() throws IOException {
        ClassBoardSettings.of("http://192.168.1.20:8050/", "ROOM-7").writeTo(edition);
        Path file = edition.resolve(ClassBoardSettings.FILE);
        Files.writeString(file, Files.readString(file).replace("name=\n", "name=Ada Lovelace\n"));

        assertThat(Files.readString(file)).as("the file a learner opens").contains("Never your code")
                .contains("-Dclassroom.off=true").contains("delete this file");
        assertThat(ClassBoardSettings.readFrom(edition)).as("the settings read back")
                .hasValue(new ClassBoardSettings("http://192.168.1.20:8050", "ROOM-7", "Ada Lovelace"));
    }

    @Test
    @DisplayName("An edition without the file reports to no board; a mistyped address or code fails when the edition is made")
    void noFileNoBoard() {
        assertThat(ClassBoardSettings.readFrom(edition)).as("an edition made without a class address").isEmpty();
        assertThatThrownBy(() -> ClassBoardSettings.of("192.168.1.20:8050", "ROOM-7")).as("an address without http://")
                .hasMessageContaining("http://HOST:PORT");
        assertThatThrownBy(() -> ClassBoardSettings.of("http://h:1", "a b")).as("a code with a space")
                .hasMessageContaining("class code");
    }
}
