package dev.workbook.bench;

import java.util.List;

/**
 * Everything one run measured, before any summary: the cells, the round trips, why the Node peers
 * were skipped (null when they ran), and how long the run took.
 */
public record BenchResults(BenchConfig config, List<CellResult> cells, List<RoundTripResult> roundTrips, String skipped,
                           double seconds) {

    /** The name the TCP floor's round trips carry. */
    public static final String TCP_FLOOR = "TCP_FLOOR";
}
