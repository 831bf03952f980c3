package dev.workbook.classroom;

import static dev.workbook.classroom.BoardUnderTest.CODE;
import static dev.workbook.classroom.BoardUnderTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The board page in headless Chromium, as the instructor's projector shows it. */
@DisplayName("The board page, in a real browser")
@Tag("browser")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BoardPageBrowserTest {

    /** A name saved before the checks existed, or typed into the file by hand: the page must still show it as text. */
    private static final String SAVED_HOSTILE = "<img src=x onerror=\"document.title='owned'\">";
    private static final String ENTITIES = "&lt;b&gt;Bold&lt;/b&gt; & Co";
    private static final String STEP = "step01-handshake";

    @TempDir
    static Path folder;
    private static BoardUnderTest board;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws IOException {
        Path file = folder.resolve("board.json");
        Files.writeString(file, "{\"classCode\":\"" + CODE + "\",\"rows\":[{\"name\":" + quoted(SAVED_HOSTILE)
                + ",\"step\":\"" + STEP + "\",\"next\":\"\",\"nextSince\":0,\"lastRun\":0,\"runs\":1,\"states\":{}},"
                + "{\"name\":\"Sam\",\"step\":\"" + STEP + "\",\"next\":\"1.3\",\"nextSince\":0,\"lastRun\":0,\"runs\":9,"
                + "\"states\":{\"1.1\":\"passed\"}}]}"); // Sam has been on 1.3 since 1970
        board = BoardUnderTest.start(file, Duration.ofMinutes(1));
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (board != null) {
            board.close();
        }
    }

    @BeforeEach
    void openBoard() {
        chromium.driver().get(board.url() + "/");
        chromium.waitFor("the board page live ('Live' in its status line)",
                driver -> driver.findElement(By.id("status")).getText().startsWith("Live"));
    }

    @Test
    @DisplayName("A learner's report appears on the open page, with their exercise now, the count per exercise, and who is stuck")
    void reportsAppearLive() {
        Post.report(board.url(), report(CODE, "Ada", STEP, "1.2", "\"1.1\":\"passed\",\"1.2\":\"failed\""));

        WebElement row = chromium.waitFor("Ada's row on the board", driver -> driver.findElements(By.cssSelector("#rows tr"))
                .stream().filter(tr -> tr.getAttribute("data-name").equals("Ada")).findFirst().orElse(null));
        assertThat(row.findElement(By.className("next")).getText()).as("Ada's exercise now").isEqualTo("1.2");
        assertThat(row.findElement(By.className("passed")).getText()).as("Ada's exercises passed").isEqualTo("1");
        assertThat(row.getAttribute("class")).as("Ada's row, a second on 1.2 with a 1 min threshold").doesNotContain("stuck");
        WebElement sam = chromium.driver().findElement(By.cssSelector("#rows tr[data-name='Sam']"));
        assertThat(sam.findElement(By.cssSelector("td:last-child")).getText()).as("Sam's mark, on 1.3 for years")
                .startsWith("stuck");
        String passes = chromium.driver().findElement(By.cssSelector("#per-exercise li[data-exercise='1.1'] .passes")).getText();
        assertThat(passes).as("how many passed 1.1 (Sam and Ada), above the table").isEqualTo("2");
    }

    @Test
    @DisplayName("Names show as text: markup saved in the board's file and entities in a report are never run")
    void hostileNamesShowAsText() {
        Post answer = Post.report(board.url(), report(CODE, ENTITIES, STEP, "", ""));
        assertThat(answer.status()).as("a report named with entities: %s", answer.body()).isEqualTo(200);

        chromium.waitFor("the entities' row on the board", driver -> names().contains(ENTITIES));
        assertThat(names()).as("the names as the page shows them").contains(SAVED_HOSTILE, ENTITIES);
        assertThat(chromium.driver().findElements(By.cssSelector("#rows img, #rows b"))).as("elements made from names").isEmpty();
        assertThat(chromium.driver().getTitle()).as("the page's title, which the saved name's onerror would change")
                .isEqualTo("Class board");
    }

    @Test
    @DisplayName("A click on a column's header sorts by it, a second click the other way round")
    void sortsByAColumn() {
        Post.report(board.url(), report(CODE, "Zoe", STEP, "1.4", "\"1.1\":\"passed\",\"1.2\":\"passed\",\"1.3\":\"passed\""));
        Post.report(board.url(), report(CODE, "Amir", STEP, "1.1", "\"1.1\":\"failed\""));
        chromium.waitFor("Zoe's and Amir's rows", driver -> names().containsAll(List.of("Zoe", "Amir")));

        chromium.driver().findElement(By.cssSelector("button[data-sort='passed']")).click();
        List<String> ascending = names();
        chromium.driver().findElement(By.cssSelector("button[data-sort='passed']")).click();
        List<String> descending = names();

        assertThat(ascending.indexOf("Amir")).as("Amir (0 passed) before Zoe (3) in %s", ascending)
                .isLessThan(ascending.indexOf("Zoe"));
        assertThat(descending.get(0)).as("the first row sorted by most passed: %s", descending).isEqualTo("Zoe");
        assertThat(chromium.driver().findElement(By.cssSelector("button[data-sort='passed']")).findElement(By.xpath(".."))
                .getAttribute("aria-sort")).as("the sorted column's aria-sort").isEqualTo("descending");
    }

    private static List<String> names() {
        return chromium.driver().findElements(By.cssSelector("#rows td.name")).stream().map(WebElement::getText).toList();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
