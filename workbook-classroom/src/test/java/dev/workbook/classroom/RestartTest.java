package dev.workbook.classroom;

import static dev.workbook.classroom.BoardUnderTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The board stopped and started again: what it had is back, and the class code with it. */
@DisplayName("The board survives its own restart")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RestartTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("Rows and the class code come back after a restart, from a file written whole")
    void rowsComeBack() throws IOException {
        Path file = folder.resolve("board.json");
        ClassroomSettings madeUp = ClassroomSettings.forTest("", file, Duration.ofMinutes(15));
        String code;
        try (ClassroomBoard board = ClassroomBoard.start(madeUp, BoardUnderTest.KNOWN)) {
            code = board.classCode();
            Post answer = Post.report(board.url(), report(code, "Ada Lovelace", "step02-raw-websocket", "2.2", "\"2.1\":\"passed\""));
            assertThat(answer.status()).as("the report before the restart: %s", answer.body()).isEqualTo(200);
        }
        try (ClassroomBoard again = ClassroomBoard.start(madeUp, BoardUnderTest.KNOWN)) {
            assertThat(again.classCode()).as("the class code the board made up, after a restart").isEqualTo(code);
            assertThat(Post.get(again.url() + "/api/board").body()).as("the board after a restart")
                    .contains("\"name\":\"Ada Lovelace\"").contains("\"2.1\":\"passed\"");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the state folder: the board file, no half-written one")
                    .containsExactly("board.json");
        }
    }
}
