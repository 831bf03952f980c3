package dev.workbook.bench.report;

/**
 * One of the targets, checked against this run: the measured value (a median ratio, or an
 * absolute figure), its limit, and whether it was met; {@code met} is null where it could not be measured.
 */
public record Target(String name, double value, String comparison, double limit, Boolean met) {

    static Target atLeast(String name, double value, double limit) {
        return new Target(name, value, ">=", limit, Double.isNaN(value) ? null : value >= limit);
    }

    static Target atMost(String name, double value, double limit) {
        return new Target(name, value, "<=", limit, Double.isNaN(value) ? null : value <= limit);
    }

    public String verdict() {
        return met == null ? "not measured" : met ? "met" : "MISSED";
    }
}
