package dev.workbook.launcher;

/**
 * A step whose servers are up, as the home page lists it.
 *
 * @param id the step's short name, such as {@code step01}
 * @param title what the learner builds in it
 * @param pageUrl where its page is served
 * @param lesson the lesson's path in the repository
 */
public record RunningStep(String id, String title, String pageUrl, String lesson) {
}
