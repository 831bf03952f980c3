package dev.workbook.classroom;

import java.util.Map;

/**
 * What a learner's run sends: the class code, the name they chose, the step they ran, the
 * exercise their summary says is next, and each exercise's state. Nothing else is taken.
 *
 * @param exercises exercise number to {@code passed}, {@code failed} or {@code not_run}, as in
 *                  {@code target/exercise-progress.properties}
 */
public record LearnerReport(String code, String name, String step, String next, Map<String, String> exercises) {
}
