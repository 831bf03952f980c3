package dev.workbook.classroom;

import static dev.workbook.classroom.BoardUnderTest.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Learners' runs, ended by the real progress summary, reach a watching page over the board's WebSocket. */
@DisplayName("The board, live")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LiveBoardTest {

    /** A report is one loopback request and one WebSocket message: a second is ample. */
    private static final Duration LIVE = Duration.ofSeconds(1);
    private static final String STEP = "step01-handshake";

    @TempDir
    Path folder;

    @Test
    @DisplayName("Two learners' runs appear on a watching page in the order they ran, each run's line saying what it sent")
    void twoLearnersRunsAppearInOrder() throws IOException, InterruptedException {
        try (BoardUnderTest board = BoardUnderTest.start(folder.resolve("board.json"))) {
            BoardWatcher page = BoardWatcher.open(board.liveUrl());
            try {
                JsonNode first = page.next("the whole board, sent when the page connects", LIVE);
                assertThat(first.get("type").asText()).as("the first message to a page").isEqualTo("board");
                assertThat(first.get("rows")).as("the rows of a board nobody reported to yet").isEmpty();
                LearnerRun ada = LearnerRun.edition(folder.resolve("le-a"), board.url(), CODE, "Ada");
                LearnerRun bob = LearnerRun.edition(folder.resolve("le-b"), board.url(), CODE, "Bob");

                String adaSays = ada.finish(STEP, "1.2", Map.of("1.1", "passed", "1.2", "failed"));
                bob.finish(STEP, "1.1", Map.of("1.1", "failed"));
                ada.finish(STEP, "1.3", Map.of("1.1", "passed", "1.2", "passed", "1.3", "failed"));

                assertThat(adaSays).as("what Ada's run printed at its end")
                        .contains("[workbook] sent to the class board: name 'Ada', step01-handshake, 1 passed, next 1.2");
                assertRow(page.next("Ada's first run on the board", LIVE), "Ada", "1.2", 1);
                assertRow(page.next("Bob's run on the board, after Ada's", LIVE), "Bob", "1.1", 0);
                assertRow(page.next("Ada's second run on the board, after Bob's", LIVE), "Ada", "1.3", 2);
            } finally {
                page.stop();
            }
        }
    }

    private static void assertRow(JsonNode message, String name, String next, int passed) {
        JsonNode row = message.get("row");
        assertThat(message.get("type").asText()).as("a change's message type: %s", message).isEqualTo("row");
        assertThat(row.get("name").asText()).as("whose row came: %s", row).isEqualTo(name);
        assertThat(row.get("next").asText()).as("%s's exercise now: %s", name, row).isEqualTo(next);
        long passes = row.get("states").properties().stream().filter(e -> e.getValue().asText().equals("passed")).count();
        assertThat(passes).as("%s's exercises passed: %s", name, row).isEqualTo(passed);
    }
}
