package dev.workbook.bench.report;

import dev.workbook.bench.BenchResults;
import dev.workbook.bench.RoundTripResult;
import dev.workbook.bench.ServerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The issues' targets, each checked over every repetition (see {@link Verdict}): netty-socketio's
 * broadcast and echo against Socket.IO at N = 1 000 and 5 000, the rest at the run's largest N.
 */
public final class Targets {

    /** Where the broadcast targets are checked, when the run has them; else at its largest N. */
    private static final List<Integer> BROADCAST_SIZES = List.of(1000, 5000);

    private Targets() {
    }

    public static List<Target> check(Summary summary) {
        List<Target> targets = new ArrayList<>();
        for (int n : broadcastSizes(summary)) {
            String at = " (N = " + n + ")";
            targets.add(Target.atMost("netty-socketio CPU/delivery vs node socket.io" + at,
                    ratio(summary, ServerKind.NETTY_SOCKETIO, n, Metric.FANOUT_CPU), 1.0));
            targets.add(Target.atMost("netty-socketio last write p50 vs node socket.io" + at,
                    ratio(summary, ServerKind.NETTY_SOCKETIO, n, Metric.FANOUT_SERVER_P50), 1.0));
            targets.add(Target.atMost("netty-socketio fan-out p50 (client) vs node socket.io" + at,
                    ratio(summary, ServerKind.NETTY_SOCKETIO, n, Metric.FANOUT_P50), 1.0));
            targets.add(Target.atLeast("netty-socketio echo msg/s vs node socket.io" + at,
                    ratio(summary, ServerKind.NETTY_SOCKETIO, n, Metric.ECHO_RATE), 1.1));
        }
        int n = summary.results().config().largestSize();
        String at = " (N = " + n + ")";
        targets.add(Target.atLeast("Java-WebSocket echo msg/s vs node ws" + at, ratio(summary, ServerKind.STEP02, n, Metric.ECHO_RATE), 0.8));
        targets.add(Target.atMost("Java-WebSocket CPU/msg vs node ws" + at, ratio(summary, ServerKind.STEP02, n, Metric.ECHO_CPU), 1.4));
        targets.add(Target.atMost("Java-WebSocket RSS per idle connection, KB" + at,
                summary.range(ServerKind.STEP02.name(), n, Metric.RSS_PER_CONNECTION), 25));
        targets.add(Target.atMost("step01 hand-written CPU/msg vs node ws" + at, ratio(summary, ServerKind.STEP01, n, Metric.ECHO_CPU), 1.5));
        targets.add(Target.atMost("fastest Java one-connection round trip vs TCP floor", roundTripVsFloor(summary.results()), 2.0));
        return targets;
    }

    private static List<Integer> broadcastSizes(Summary summary) {
        List<Integer> sizes = summary.results().config().sizes();
        List<Integer> chosen = BROADCAST_SIZES.stream().filter(sizes::contains).toList();
        return chosen.isEmpty() ? List.of(summary.results().config().largestSize()) : chosen;
    }

    private static Range ratio(Summary summary, ServerKind java, int n, Metric metric) {
        return summary.ratio(java, n, metric).orElse(Range.NONE);
    }

    /** Per repetition: the fastest Java server's round trip over that repetition's TCP floor. */
    static Range roundTripVsFloor(BenchResults results) {
        List<String> java = List.of(ServerKind.values()).stream().filter(ServerKind::isJava).map(ServerKind::name).toList();
        double[] ratios = results.roundTrips().stream().mapToInt(RoundTripResult::rep).distinct().mapToDouble(rep -> {
            double fastest = results.roundTrips().stream().filter(r -> r.rep() == rep && java.contains(r.server()))
                    .mapToDouble(RoundTripResult::p50).min().orElse(Double.NaN);
            double floor = results.roundTrips().stream().filter(r -> r.rep() == rep && r.server().equals(BenchResults.TCP_FLOOR))
                    .mapToDouble(RoundTripResult::p50).findFirst().orElse(Double.NaN);
            return fastest / floor;
        }).toArray();
        return Range.of(ratios);
    }
}
