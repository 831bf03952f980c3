package dev.workbook.bench;

/** One connection's round trip with server and load generator pinned to the same core, in milliseconds. */
public record RoundTripResult(String server, int rep, double p50, double p99, int samples, boolean pinned) {
}
