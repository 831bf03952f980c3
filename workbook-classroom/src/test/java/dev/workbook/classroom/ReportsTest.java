package dev.workbook.classroom;

import static dev.workbook.classroom.BoardUnderTest.CODE;
import static dev.workbook.classroom.BoardUnderTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The board's door for reports, through real HTTP: what it takes, and what it refuses with a clear answer. */
@DisplayName("Reports to the class board")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReportsTest {

    private static final String STEP = "step01-handshake";
    private static final String PASSED_1_1 = "\"1.1\":\"passed\",\"1.2\":\"failed\"";

    @TempDir
    Path state;
    private BoardUnderTest board;

    @BeforeEach
    void start() throws IOException {
        board = BoardUnderTest.start(state.resolve("board.json"));
    }

    @AfterEach
    void stop() {
        board.close();
    }

    @Test
    @DisplayName("A report with the class code is taken, and its row is on the board")
    void takesAGoodReport() {
        Post answer = Post.report(board.url(), report(CODE, "Ada", STEP, "1.2", PASSED_1_1));

        assertThat(answer.status()).as("the answer to a good report: %s", answer.body()).isEqualTo(200);
        assertThat(Post.get(board.url() + "/api/board").body()).as("the board after Ada's report")
                .contains("\"name\":\"Ada\"").contains("\"1.1\":\"passed\"");
    }

    @Test
    @DisplayName("A report with a wrong class code is refused with 403 and a sentence, and no row appears")
    void refusesAWrongClassCode() {
        Post answer = Post.report(board.url(), report("NOT-OUR-CLASS", "Mallory", STEP, "1.2", PASSED_1_1));

        assertThat(answer.status()).as("the answer to a wrong class code: %s", answer.body()).isEqualTo(403);
        assertThat(answer.body()).as("the refusal's JSON").contains("\"error\":\"wrong class code");
        assertThat(Post.get(board.url() + "/api/board").body()).as("the board after a refused report").doesNotContain("Mallory");
    }

    @Test
    @DisplayName("Names with markup or controls, unknown exercises, unknown fields and oversized reports are refused")
    void refusesBadFields() {
        assertRefused(400, report(CODE, "<script>alert(1)</script>", STEP, "1.2", PASSED_1_1), "a name with markup");
        assertRefused(400, report(CODE, "bell\\u0007", STEP, "1.2", PASSED_1_1), "a name with a control character");
        assertRefused(400, report(CODE, "x".repeat(ReportCheck.MAX_NAME_CHARS + 1), STEP, "1.2", PASSED_1_1), "a long name");
        assertRefused(400, report(CODE, "Ada", STEP, "1.2", "\"9.9\":\"passed\""), "an exercise no step has");
        assertRefused(400, report(CODE, "Ada", STEP, "1.2", "\"2.1\":\"passed\""), "another step's exercise");
        assertRefused(400, report(CODE, "Ada", STEP, "1.2", "\"1.1\":\"<b>done</b>\""), "an unknown state");
        assertRefused(400, report(CODE, "Ada", "step99-nothing", "", ""), "an unknown step");
        assertRefused(400, "{\"code\":\"" + CODE + "\",\"name\":\"Ada\",\"step\":\"" + STEP + "\",\"source\":\"class A {}\"}",
                "a report carrying code");
        assertRefused(413, report(CODE, "Ada", STEP, "1.2", "\"1.1\":\"passed\"," + "\"1.2\":\"passed\",".repeat(400)
                + "\"1.3\":\"passed\""), "an oversized report");
        assertThat(Post.get(board.url() + "/api/board").body()).as("the board after refused reports").doesNotContain("\"name\"");
    }

    @Test
    @DisplayName("A flood from one learner is refused with 429, and another learner is still taken meanwhile")
    void refusesAFloodButServesOthers() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < RateLimit.BURST + 5; i++) {
            statuses.add(Post.report(board.url(), report(CODE, "Flood", STEP, "1.2", PASSED_1_1)).status());
        }
        Post calm = Post.report(board.url(), report(CODE, "Calm", STEP, "1.1", ""));

        assertThat(statuses).as("the answers to %d quick reports from one learner", statuses.size())
                .startsWith(200, 200, 200, 200, 200).contains(429);
        assertThat(calm.status()).as("another learner's report during the flood: %s", calm.body()).isEqualTo(200);
    }

    private void assertRefused(int status, String json, String what) {
        Post answer = Post.report(board.url(), json);
        assertThat(answer.status()).as("the answer to %s: %s", what, answer.body()).isEqualTo(status);
        assertThat(answer.body()).as("the refusal of %s says why, as JSON", what).startsWith("{\"error\":\"");
    }
}
