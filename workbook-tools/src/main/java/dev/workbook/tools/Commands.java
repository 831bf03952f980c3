package dev.workbook.tools;

/**
 * The commands a learner types, spelled in one place so that every message names them alike:
 * the {@code ./workbook} script's (on Windows {@code workbook.cmd}), each a short name for a Maven
 * command that is spelled here too.
 */
public final class Commands {

    private Commands() {
    }

    /** Prints an exercise's task, where to write it and its lesson's hint. */
    public static String hint(String number) {
        return "./workbook hint " + number;
    }

    /** What {@link #hint} runs. */
    public static String mvnHint(String number) {
        return "mvn -q -pl workbook-tools compile exec:java@hint -Dexercise=" + number;
    }

    /** Runs a step's tests. */
    public static String test(String stepFolder) {
        return "./workbook test " + stepNumber(stepFolder);
    }

    /** What {@link #test} runs. */
    public static String mvnTest(String stepFolder) {
        return "mvn test -pl " + stepFolder + " -am";
    }

    /** Runs one exercise's tests. */
    public static String testExercise(String stepFolder, String number) {
        return "./workbook test " + number;
    }

    /** What {@link #testExercise} runs for an exercise in Java. */
    public static String mvnTestExercise(String stepFolder, String number) {
        return mvnTestExercise(stepFolder, number, false);
    }

    /** What {@link #testExercise} runs: for a page's exercise, the browser's tests. */
    public static String mvnTestExercise(String stepFolder, String number, boolean page) {
        return "mvn test" + (page ? " -Pbrowser" : "") + " -pl " + stepFolder + " -am -Dgroups=exercise-" + number;
    }

    /** Runs every test of a step, its page's in the browser too. */
    public static String check(String stepFolder) {
        return "./workbook check " + stepNumber(stepFolder);
    }

    /** What {@link #check} runs. */
    public static String mvnCheck(String stepFolder) {
        return "mvn test -Pcheck -pl " + stepFolder + " -am";
    }

    /** How to check one exercise: its own tests (in the browser for a page's exercise: the script knows). */
    public static String checkExercise(ExerciseMap.Entry entry) {
        return "./workbook test " + entry.number();
    }

    /** {@code 1} for {@code step01-handshake}; the folder itself if it is not a step's. */
    private static String stepNumber(String stepFolder) {
        return stepFolder.matches("step\\d\\d-.*") ? String.valueOf(Integer.parseInt(stepFolder.substring(4, 6))) : stepFolder;
    }
}
