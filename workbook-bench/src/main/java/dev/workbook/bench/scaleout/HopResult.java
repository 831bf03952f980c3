package dev.workbook.bench.scaleout;

import java.util.List;
import java.util.Locale;

/** One run of the Redis hop probe, and the table of all of them with the two-node to one-node ratios. */
record HopResult(int rep, int nodes, double fanoutP50Millis, double fanoutP99Millis, double cpuMicrosPerDelivery) {

    static String render(List<HopResult> results, int members, int messages) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "A room of %d members, %d messages one at a time; the nodes' CPU per delivery.%n%n",
                members, messages));
        table.append("| repetition | nodes | fan-out p50 ms | fan-out p99 ms | nodes' CPU/delivery us |\n|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> table.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.2f | %.1f |%n", r.rep, r.nodes,
                r.fanoutP50Millis, r.fanoutP99Millis, r.cpuMicrosPerDelivery)));
        table.append("\nTwo nodes against one, per repetition:\n\n| repetition | fan-out p50 | CPU/delivery |\n|---:|---:|---:|\n");
        for (HopResult one : results) {
            if (one.nodes != 1) {
                continue;
            }
            results.stream().filter(two -> two.nodes == 2 && two.rep == one.rep).findFirst().ifPresent(two ->
                    table.append(String.format(Locale.ROOT, "| %d | %.2fx | %.2fx |%n", one.rep, two.fanoutP50Millis / one.fanoutP50Millis,
                            two.cpuMicrosPerDelivery / one.cpuMicrosPerDelivery)));
        }
        return table.toString();
    }
}
