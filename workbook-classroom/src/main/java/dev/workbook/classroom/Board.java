package dev.workbook.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** The class's rows, one per learner name, and whether they changed since the last save. */
final class Board {

    /** More learners than any room holds: past it, new names are refused, so a script cannot fill memory. */
    static final int MAX_LEARNERS = 300;

    private final ConcurrentMap<String, LearnerRow> rows = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    Board(Collection<LearnerRow> saved) {
        saved.forEach(row -> rows.put(key(row.name()), row));
    }

    /** Takes a checked report that came at {@code now}, and returns the learner's new row. */
    LearnerRow take(LearnerReport report, long now) throws Refused {
        String key = key(report.name());
        if (!rows.containsKey(key) && rows.size() >= MAX_LEARNERS) {
            throw new Refused(503, "the board is full (" + MAX_LEARNERS + " learners)");
        }
        LearnerRow row = rows.compute(key, (k, previous) -> LearnerRow.after(previous, report, now));
        changed.set(true);
        return row;
    }

    /** Every row, by name. */
    List<LearnerRow> rows() {
        return rows.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** Whether a row changed since the last call, which clears it. */
    boolean takeChanged() {
        return changed.getAndSet(false);
    }

    /** "Ada" and "ada " are one learner: names differ by more than case and spacing. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
