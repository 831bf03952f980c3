package dev.workbook.bench.report;

/**
 * One of the targets, checked against this run: the measured figure over the repetitions
 * (a ratio to the Node peer, or an absolute figure), its limit, and the verdict from the whole range.
 */
public record Target(String name, Range value, String comparison, double limit, Verdict verdict) {

    static Target atLeast(String name, Range value, double limit) {
        return new Target(name, value, ">=", limit, Verdict.atLeast(value, limit));
    }

    static Target atMost(String name, Range value, double limit) {
        return new Target(name, value, "<=", limit, Verdict.atMost(value, limit));
    }
}
