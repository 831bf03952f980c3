package dev.workbook.bench.report;

import dev.workbook.bench.BenchResults;
import dev.workbook.bench.CellResult;
import dev.workbook.bench.ServerKind;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The targets, checked at the run's largest N with the median ratio to the Node peer. */
public final class Targets {

    private Targets() {
    }

    public static List<Target> check(Summary summary) {
        int n = summary.results().config().largestSize();
        String at = " (N = " + n + ")";
        double fastestJava = List.of(ServerKind.STEP01, ServerKind.STEP02, ServerKind.NETTY_SOCKETIO).stream()
                .mapToDouble(k -> summary.roundTripMedian(k.name())).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
        double floor = summary.roundTripMedian(BenchResults.TCP_FLOOR);
        return List.of(
                Target.atLeast("netty-socketio echo msg/s vs node socket.io" + at,
                        ratio(summary, ServerKind.NETTY_SOCKETIO, n, Metric.ECHO_RATE::of), 1.0),
                Target.atMost("netty-socketio fan-out p50 vs node socket.io" + at,
                        ratio(summary, ServerKind.NETTY_SOCKETIO, n, Metric.FANOUT_P50::of), 1.5),
                Target.atLeast("Java-WebSocket echo msg/s vs node ws" + at,
                        ratio(summary, ServerKind.STEP02, n, Metric.ECHO_RATE::of), 0.8),
                Target.atMost("Java-WebSocket CPU/msg vs node ws" + at,
                        ratio(summary, ServerKind.STEP02, n, Metric.ECHO_CPU::of), 1.4),
                Target.atMost("Java-WebSocket RSS per idle connection, KB" + at,
                        summary.median(ServerKind.STEP02.name(), n, Metric.RSS_PER_CONNECTION), 25),
                Target.atMost("step01 hand-written CPU/msg vs node ws" + at,
                        ratio(summary, ServerKind.STEP01, n, Metric.ECHO_CPU::of), 1.5),
                Target.atMost("fastest Java one-connection round trip vs TCP floor", fastestJava / floor, 2.0));
    }

    private static double ratio(Summary summary, ServerKind java, int n, ToDoubleFunction<CellResult> value) {
        return summary.ratio(java, n, value).map(Summary.Ratio::median).orElse(Double.NaN);
    }
}
