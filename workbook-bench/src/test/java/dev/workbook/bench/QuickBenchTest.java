package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark in quick mode, every server at a tiny N, so that the tool cannot rot unnoticed. */
@Tag("support")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@ExtendWith({QuickBenchTest.Java2dStarted.class, NoThreadsLeftBehind.class})
class QuickBenchTest {

    @TempDir
    static Path out;
    private static BenchMain.Report report;
    private static JsonNode json;
    private static boolean nodeRan;

    @BeforeAll
    static void runQuickBench() throws IOException, InterruptedException {
        // In the learner edition the servers it measures are the learner's, unfinished: their own tests say so.
        Assumptions.assumeFalse(Files.exists(Path.of(System.getProperty("basedir", ".")).resolve("../.learner-edition")),
                "the benchmark measures steps 01-04: run it once they are done (mvn -q -pl workbook-bench -am compile exec:java@bench)");
        Path node = Path.of(System.getProperty("bench.node", "node"));
        List<Long> before = childPids();
        report = BenchMain.run(BenchConfig.quick(out, node), line -> { });
        json = new ObjectMapper().readTree(report.json().toFile());
        nodeRan = NodeCheck.unavailable(node).isEmpty();
        assertThat(childPids()).as("server processes still running after the run").isSubsetOf(before);
    }

    @Test
    @DisplayName("the JSON has a cell for every server, with sane numbers")
    void everyServerHasSaneNumbers() {
        List<String> expected = new ArrayList<>(List.of("STEP01", "STEP02", "NETTY_SOCKETIO"));
        if (VirtualThreadJdk.find().isPresent()) {
            expected.add("STEP01_VIRTUAL");
        }
        if (nodeRan) {
            expected.addAll(List.of("NODE_WS", "NODE_SOCKETIO"));
        }
        List<String> servers = new ArrayList<>();
        json.path("cells").forEach(cell -> {
            servers.add(cell.path("server").asText());
            ServerKind kind = ServerKind.valueOf(cell.path("server").asText());
            if (nodeRan && kind.isJava()) {
                assertThat(cell.path("group").asText().split("\\+")).as("%s: the servers it took turns with", kind)
                        .contains(kind.name(), kind.peer().name());
            }
            assertThat(cell.path("echo").path("messagesPerSecond").asDouble()).as(cell.path("server").asText() + " echo rate").isPositive();
            assertThat(cell.path("echo").path("samples").asInt()).as("echo samples").isPositive();
            assertThat(cell.path("echo").path("p50").asDouble()).as("echo p50 ms").isBetween(0.0, 1000.0);
            assertThat(cell.path("fanout").path("broadcasts").asInt()).as("broadcasts counted").isPositive();
            assertThat(cell.path("fanout").path("p50").asDouble()).as("fan-out p50 ms").isBetween(0.0, 2000.0);
            assertThat(cell.path("fanout").path("serverP50").asDouble())
                    .as("%s: time to the server's last write (p50 ms), watched in /proc/<pid>/io; never after the"
                            + " slowest round's last member read it", cell.path("server").asText())
                    .isPositive().isLessThanOrEqualTo(cell.path("fanout").path("max").asDouble());
            assertThat(cell.path("fanout").path("serverFirstP50").asDouble())
                    .as("%s: time to the server's first write of a broadcast (p50 ms); never after its last",
                            cell.path("server").asText())
                    .isPositive().isLessThanOrEqualTo(cell.path("fanout").path("serverP50").asDouble());
            assertThat(cell.path("noise").path("quietAfterMs").asLong(-1))
                    .as("%s: how long the cell waited for a quiet machine, at least one look at it", cell.path("server").asText())
                    .isGreaterThanOrEqualTo(QuietWait.WINDOW.toMillis());
            assertThat(cell.path("connectP50Ms").asDouble()).as("connect p50 ms").isPositive();
            assertThat(cell.path("duringEcho").path("serverGcMs").asLong())
                    .as("%s: its GC time during the echo, from its answer to 'gc'", cell.path("server").asText()).isNotNegative();
            assertThat(cell.path("echo").path("longestSilenceMs").asDouble())
                    .as("%s: the echo's longest silence, within its counted time", cell.path("server").asText())
                    .isPositive().isLessThanOrEqualTo(json.path("config").path("echoMs").asDouble());
        });
        assertThat(servers).as("the servers of the cells (ws twice a repetition: with step 01, with step 02)")
                .hasSameElementsAs(expected);
        assertThat(json.path("roundTrips")).hasSize(expected.size() + 1); // every server and the TCP floor
    }

    @Test
    @DisplayName("every target has a verdict from its range, and the machine is recorded in the JSON and the table")
    void targetsHaveVerdictsAndTheMachineIsRecorded() {
        json.path("targets").forEach(target -> assertThat(target.path("verdict").asText())
                .as("verdict of %s", target.path("name").asText())
                .isIn("MET", "MISSED", "WITHIN_NOISE", "NOT_MEASURED"));
        for (String field : List.of("cpu", "cores", "kernel", "java", "node", "instructions", "gc")) {
            assertThat(json.path("versions").path(field).asText()).as("versions.%s in bench.json", field).isNotBlank();
        }
        assertThat(report.table()).as("the table's first line").startsWith("Ran on: ");
    }

    @Test
    @DisplayName("the Node peers either ran or are reported as skipped with the reason, never a made-up number")
    void nodeRanOrIsReportedSkipped() {
        if (nodeRan) {
            assertThat(json.path("skipped").isNull()).isTrue();
            assertThat(json.path("ratios")).isNotEmpty();
        } else {
            assertThat(json.path("skipped").asText()).contains("skipped");
            assertThat(report.table()).contains("SKIPPED");
        }
    }

    @Test
    @DisplayName("the terminal table names every server, the targets and the machine's noise")
    void tableHasEverything() {
        assertThat(report.table()).contains("step01 hand-written", "step02 Java-WebSocket", "netty-socketio",
                "TCP echo (floor)", "Targets", "Machine:");
        if (nodeRan) {
            assertThat(report.table()).contains("node ws", "node socket.io");
        }
    }

    @Test
    @DisplayName("the chart is written as a PNG and as an HTML page with inline SVG")
    void chartsAreWritten() throws IOException {
        byte[] png = Files.readAllBytes(report.png());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(report.html())).contains("<svg", "step01 hand-written").doesNotContain("<script");
    }

    /** Starts Java2D's JVM-wide "Java2D Disposer" daemon before threads are counted: the PNG chart starts it once per JVM. */
    static final class Java2dStarted implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().dispose();
        }
    }

    private static List<Long> childPids() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).toList();
    }
}
