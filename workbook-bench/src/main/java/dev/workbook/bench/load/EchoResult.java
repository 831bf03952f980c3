package dev.workbook.bench.load;

/**
 * A closed-loop echo run: throughput, round-trip percentiles in milliseconds with how many samples
 * they rest on, CPU microseconds per message on each side, the server's write calls and thousands
 * of instructions per message (NaN where not counted), how many echoes never came back, and the
 * longest time in the counted window when no echo at all arrived (a stall of the whole loop).
 */
public record EchoResult(double messagesPerSecond, double p50, double p90, double p99, double p999, double max,
                         int samples, double serverCpuMicrosPerMessage, double clientCpuMicrosPerMessage,
                         double serverWritesPerMessage, double serverKiloInstructionsPerMessage, long lost,
                         double longestSilenceMs) {
}
