package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.workbook.tools.ClassBoardSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report a learner's run sends to the class board, against boards that are not there: the
 * run stays green and ends within its bound, saying in one line that nothing was sent.
 */
@DisplayName("The class board report never holds up a run")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClassBoardReportTest {

    /** The send gives up after 1.5 s; the rest is the summary's own work, with room for a busy machine. */
    private static final Duration BOUND = ClassBoardReport.GIVE_UP_AFTER.plusMillis(800);

    @TempDir
    Path edition;

    @Test
    @DisplayName("A board that is down (a closed port): the run is green, quick, and says the progress was not sent")
    void boardDown() throws IOException {
        Path step = editionReportingTo("http://127.0.0.1:" + FreePort.pick(), "Ada");

        long start = System.nanoTime();
        assertThatCode(() -> ProgressSummary.main(new String[] {"after", step.toString(), "false", "false"}))
                .as("the end of a passing run while the board is down").doesNotThrowAnyException();
        Optional<String> line = ClassBoardReport.sendAfterRun(step);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(line).as("the line the run prints about the board").hasValueSatisfying(text ->
                assertThat(text).contains("the class board at http://127.0.0.1:").contains("was not sent"));
        assertThat(took).as("two run endings with the board down").isLessThan(BOUND.multipliedBy(2));
    }

    @Test
    @DisplayName("A board that accepts the connection and never answers: the run moves on within its bound")
    void boardSilent() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path step = editionReportingTo("http://127.0.0.1:" + silent.getLocalPort(), "Ada");

            long start = System.nanoTime();
            Optional<String> line = ClassBoardReport.sendAfterRun(step);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(line).as("the line the run prints about a silent board").hasValueSatisfying(text ->
                    assertThat(text).contains("was not sent"));
            assertThat(took).as("the run's wait for a silent board").isLessThan(BOUND);
        }
    }

    @Test
    @DisplayName("Nothing is sent without the class address, with the switch off, or before the learner chose a name")
    void nothingSentUnlessAsked() throws IOException {
        Path step = editionReportingTo("http://127.0.0.1:" + FreePort.pick(), "");
        assertThat(ClassBoardReport.sendAfterRun(step)).as("the line before a name is written")
                .hasValueSatisfying(text -> assertThat(text).contains("write your name").contains("nothing was sent"));

        System.setProperty(ClassBoardSettings.OFF, "true");
        try {
            assertThat(ClassBoardReport.sendAfterRun(step)).as("the line with -Dclassroom.off=true").isEmpty();
        } finally {
            System.clearProperty(ClassBoardSettings.OFF);
        }
        Files.delete(edition.resolve(ClassBoardSettings.FILE));
        assertThat(ClassBoardReport.sendAfterRun(step)).as("the line in an edition without a class address").isEmpty();
    }

    @Test
    @DisplayName("The report holds the name, the step, the next exercise and the states: nothing else")
    void reportHoldsOnlyTheSummary() {
        String json = ClassBoardReport.json(new ClassBoardSettings("http://x", "C0DE", "O'Brien \"Ada\""), "step09-x",
                Map.of("9.1", "passed", "9.2", "failed", "next", "9.2"));

        assertThat(json).as("the report's JSON").isEqualTo("{\"code\":\"C0DE\",\"name\":\"O'Brien \\\"Ada\\\"\","
                + "\"step\":\"step09-x\",\"next\":\"9.2\",\"exercises\":{\"9.1\":\"passed\",\"9.2\":\"failed\"}}");
    }

    private Path editionReportingTo(String address, String name) throws IOException {
        Files.createDirectories(edition.resolve("docs"));
        Files.writeString(edition.resolve("pom.xml"), "<project/>\n");
        new ClassBoardSettings(address, "C0DE", name).writeTo(edition);
        Path step = edition.resolve("step09-sample");
        Files.createDirectories(step.resolve("target"));
        Files.writeString(step.resolve(ProgressFiles.PROPERTIES), "exercise.9.1=passed\nexercise.9.2=failed\nnext=9.2\nverdict=pass\n");
        Files.writeString(step.resolve(ProgressFiles.SUMMARY), "[workbook] step09-sample: 1 of 2 exercises pass\n");
        return step;
    }
}
