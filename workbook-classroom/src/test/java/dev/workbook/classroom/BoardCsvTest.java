package dev.workbook.classroom;

import static dev.workbook.classroom.BoardUnderTest.CODE;
import static dev.workbook.classroom.BoardUnderTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-day export: one line per learner, one column per exercise, names as data. */
@DisplayName("The board as CSV")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BoardCsvTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("The CSV has a column per exercise and a line per learner")
    void exportsTheBoard() throws IOException {
        try (BoardUnderTest board = BoardUnderTest.start(folder.resolve("board.json"))) {
            Post.report(board.url(), report(CODE, "Grace", "step01-handshake", "1.2", "\"1.1\":\"passed\",\"1.2\":\"failed\""));
            String[] lines = Post.get(board.url() + "/board.csv").body().split("\r\n");

            assertThat(lines[0]).as("the CSV's header").startsWith("name,step,next,passed,last run,runs,1.1,1.2,1.3");
            assertThat(lines).as("the CSV's lines").hasSize(2);
            assertThat(lines[1]).as("Grace's line").startsWith("Grace,step01-handshake,1.2,1,").contains(",passed,failed,");
        }
    }

    @Test
    @DisplayName("A name a spreadsheet would run as a formula, or one with a comma, stays one plain cell")
    void namesStayData() {
        assertThat(BoardCsv.cell("-2+3")).as("a name starting with -").isEqualTo("'-2+3");
        assertThat(BoardCsv.cell("Lovelace, Ada")).as("a name with a comma").isEqualTo("\"Lovelace, Ada\"");
        assertThat(BoardCsv.cell("Ada")).as("a plain name").isEqualTo("Ada");
    }
}
