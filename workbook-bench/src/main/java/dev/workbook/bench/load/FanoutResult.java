package dev.workbook.bench.load;

/**
 * A fan-out run: how long until the last of N receivers had each broadcast (milliseconds), over how
 * many broadcasts; how long until the server had made its first and its last write of it (the
 * server's own part, NaN where it could not be watched); and per delivery, the server's and the
 * load generator's CPU microseconds, the server's write calls and thousands of instructions (NaN
 * where not counted).
 */
public record FanoutResult(int broadcasts, double p50, double p99, double max, double serverFirstP50, double serverP50,
                           double serverP99,
                           double serverCpuMicrosPerDelivery, double clientCpuMicrosPerDelivery,
                           double serverWritesPerDelivery, double serverKiloInstructionsPerDelivery, boolean incomplete) {
}
