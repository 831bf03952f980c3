package dev.workbook.classroom;

import java.util.Map;
import java.util.TreeMap;

/**
 * One learner's line on the board.
 *
 * @param name the name they chose
 * @param step the step of their last run
 * @param next the exercise their last run says is next; empty when that step is done
 * @param nextSince when (epoch ms) {@code next} became what it is: the board marks a learner stuck from it
 * @param lastRun when (epoch ms) their last report came, by the board's clock
 * @param runs how many reports came from them
 * @param states every exercise they have reported, over all steps, to its last state
 */
public record LearnerRow(String name, String step, String next, long nextSince, long lastRun, int runs,
                         Map<String, String> states) {

    /** The row after {@code report}, which came at {@code now}; {@code previous} may be null. */
    static LearnerRow after(LearnerRow previous, LearnerReport report, long now) {
        Map<String, String> states = new TreeMap<>(KnownExercises.BY_NUMBER);
        if (previous != null) {
            states.putAll(previous.states());
        }
        states.putAll(report.exercises());
        boolean sameNext = previous != null && previous.next().equals(report.next()) && previous.step().equals(report.step());
        return new LearnerRow(report.name(), report.step(), report.next(), sameNext ? previous.nextSince() : now, now,
                previous == null ? 1 : previous.runs() + 1, states);
    }

    /** How many exercises pass, over every step reported. */
    public long passed() {
        return states.values().stream().filter("passed"::equals).count();
    }
}
