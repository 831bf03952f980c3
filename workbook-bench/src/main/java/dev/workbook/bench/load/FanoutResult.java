package dev.workbook.bench.load;

/**
 * A fan-out run: how long until the last of N receivers had each broadcast (milliseconds), over how
 * many broadcasts, and server CPU microseconds per delivery.
 */
public record FanoutResult(int broadcasts, double p50, double p99, double max, double serverCpuMicrosPerDelivery,
                           double clientCpuMicrosPerDelivery,
                           boolean incomplete) {
}
