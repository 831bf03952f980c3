package dev.workbook.classroom;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a report before the board takes it: the class code, a name of letters and a few marks,
 * a known step, and only that step's exercises with known states. Every refusal says why.
 */
final class ReportCheck {

    static final int MAX_NAME_CHARS = 32;
    static final int MAX_EXERCISES = 40;
    static final Set<String> STATES = Set.of("passed", "failed", "not_run");
    /** Letters, digits, spaces and a few marks people's names carry; no {@code <}, {@code >}, quotes or controls. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,;/_'&()-]+");

    private final String classCode;
    private final KnownExercises known;

    ReportCheck(String classCode, KnownExercises known) {
        this.classCode = classCode;
        this.known = known;
    }

    /** The report with its name tidied (NFC, single spaces), or why it is refused. */
    LearnerReport check(LearnerReport report) throws Refused {
        if (report.code() == null || !report.code().equals(classCode)) {
            throw new Refused(403, "wrong class code: ask your instructor for this class's code");
        }
        String name = tidy(report.name());
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || !NAME.matcher(name).matches()) {
            throw new Refused(400, "the name must be 1 to " + MAX_NAME_CHARS
                    + " letters, digits, spaces or . , ; / _ ' & ( ) -; no markup");
        }
        if (report.step() == null || !known.isStep(report.step())) {
            throw new Refused(400, "unknown step: this board knows " + known.all().stream()
                    .map(e -> e.get("step")).distinct().toList());
        }
        Map<String, String> exercises = report.exercises() == null ? Map.of() : report.exercises();
        if (exercises.size() > MAX_EXERCISES) {
            throw new Refused(413, "too many exercises in one report");
        }
        for (Map.Entry<String, String> exercise : exercises.entrySet()) {
            if (!known.inStep(report.step(), exercise.getKey()) || !STATES.contains(exercise.getValue())) {
                throw new Refused(400, "unknown exercise or state in " + report.step() + ": only its exercises, each "
                        + STATES + ", are taken");
            }
        }
        String next = report.next() == null ? "" : report.next();
        if (!next.isEmpty() && !known.inStep(report.step(), next)) {
            throw new Refused(400, "'next' must be an exercise of " + report.step() + " or empty");
        }
        return new LearnerReport(report.code(), name, report.step(), next, exercises);
    }

    private static String tidy(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
