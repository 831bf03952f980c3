package dev.workbook.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.workbook.bench.BenchConfig;
import dev.workbook.bench.ServerKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the run as JSON: what ran, the settings, every raw cell, the medians, the ratios and the targets. */
public final class JsonReport {

    private JsonReport() {
    }

    public static void write(Summary summary, List<Target> targets, Map<String, String> versions, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("versions", versions); // the machine too: CPU model, cores, kernel, JDKs, Node, perf
        root.put("config", config(summary.results().config()));
        root.put("seconds", summary.results().seconds());
        root.put("skipped", summary.results().skipped());
        root.put("noisyCells", summary.noisyCells());
        root.put("cells", summary.results().cells());
        root.put("roundTrips", summary.results().roundTrips());
        root.put("medians", medians(summary));
        root.put("ratios", ratios(summary));
        root.put("targets", targets);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static Map<String, Object> config(BenchConfig config) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("quick", config.quick());
        map.put("sizes", config.sizes());
        map.put("reps", config.reps());
        map.put("warmupMs", config.warmup().toMillis());
        map.put("echoDropMs", config.echoDrop().toMillis());
        map.put("echoMs", config.echoTime().toMillis());
        map.put("echoConcurrency", config.echoConcurrency());
        map.put("maxEchoMessages", config.maxEchoMessages());
        map.put("maxBroadcasts", config.maxBroadcasts());
        map.put("fanoutMaxMs", config.fanoutTime().toMillis());
        map.put("rttDropMs", config.rttDrop().toMillis());
        map.put("rttMs", config.rttTime().toMillis());
        map.put("gc", config.gc());
        map.put("handOffOnOneCore", config.handOffOnOneCore());
        map.put("servers", config.servers());
        return map;
    }

    private static List<Map<String, Object>> medians(Summary summary) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ServerKind kind : ServerKind.values()) {
            for (int n : summary.results().config().sizes()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("server", kind.name());
                row.put("label", kind.label());
                row.put("n", n);
                for (Metric metric : Metric.values()) {
                    double value = summary.median(kind.name(), n, metric);
                    row.put(metric.name(), Double.isNaN(value) ? null : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> ratios(Summary summary) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ServerKind kind : ServerKind.values()) {
            for (int n : summary.results().config().sizes()) {
                for (Metric metric : Metric.values()) {
                    if (kind.isJava()) {
                        summary.ratio(kind, n, metric).ifPresent(r -> rows.add(Map.of("server", kind.name(),
                                "peer", kind.peer().name(), "n", n, "metric", metric.name(), "median", r.median(),
                                "min", r.min(), "max", r.max(), "reps", r.reps())));
                    }
                }
            }
        }
        return rows;
    }
}
