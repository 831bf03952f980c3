package dev.workbook.bench;

import dev.workbook.bench.report.ChartData;
import dev.workbook.bench.report.JsonReport;
import dev.workbook.bench.report.PngChart;
import dev.workbook.bench.report.ReportTable;
import dev.workbook.bench.report.SvgChart;
import dev.workbook.bench.report.Summary;
import dev.workbook.bench.report.Target;
import dev.workbook.bench.report.Targets;
import dev.workbook.bench.report.Versions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The benchmark's command: runs every server under the same load, prints the tables, and writes
 * {@code bench.json}, {@code table.md}, {@code fanout.html} and {@code fanout.png} to {@code bench.out}; the
 * load generator runs in a JVM of its own ({@link GeneratorJvm}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (!GeneratorJvm.isForked()) {
            int exit = GeneratorJvm.runForked(BenchMain.class, args);
            if (exit != 0) {
                throw new IllegalStateException("the benchmark's load generator stopped with exit code " + exit);
            }
            return;
        }
        BenchConfig config = BenchConfig.fromSystemProperties();
        System.out.println("[bench] " + (config.quick() ? "quick mode" : "full run") + ": N = " + config.sizes() + ", "
                + config.reps() + " repetition(s); output in " + config.out().toAbsolutePath());
        Report report = run(config, line -> System.out.println("[bench] " + line));
        System.out.println();
        System.out.println(report.table());
        System.out.println("[bench] wrote " + report.json() + ", " + report.png() + " and " + report.html());
    }

    /** Runs and writes everything, telling {@code progress} what it is doing; the test calls this too. */
    public static Report run(BenchConfig config, Consumer<String> progress) throws IOException, InterruptedException {
        Files.createDirectories(config.out());
        Map<String, String> versions = Versions.of(config); // before anything is pinned to one core
        BenchResults results = new BenchRun(config, progress).run();
        Summary summary = new Summary(results);
        List<Target> targets = Targets.check(summary);
        String table = ReportTable.render(summary, targets, versions);
        Path json = config.out().resolve("bench.json");
        Path html = config.out().resolve("fanout.html");
        Path png = config.out().resolve("fanout.png");
        JsonReport.write(summary, targets, versions, json);
        Files.writeString(config.out().resolve("table.md"), table);
        String caption = versions.get("date").substring(0, 10) + ", " + versions.get("cores") + " cores, Java "
                + System.getProperty("java.runtime.version") + ", node " + versions.get("node") + "; median of "
                + config.reps() + " run(s), bars: lowest to highest";
        ChartData chart = new ChartData(summary);
        SvgChart.write(chart, caption, html);
        PngChart.write(chart, caption, png);
        return new Report(table, json, html, png);
    }

    /** What a run leaves: the table as printed, and the files written. */
    public record Report(String table, Path json, Path html, Path png) {
    }
}
