package dev.workbook.tools;

/** The commands a learner types, spelled in one place so that every message names them alike. */
public final class Commands {

    private Commands() {
    }

    /** Prints an exercise's task, where to write it and its lesson's hint. */
    public static String hint(String number) {
        return "mvn -q -pl workbook-tools compile exec:java@hint -Dexercise=" + number;
    }

    /** Runs a step's tests. */
    public static String test(String stepFolder) {
        return "mvn test -pl " + stepFolder + " -am";
    }

    /** Runs one exercise's tests. */
    public static String testExercise(String stepFolder, String number) {
        return test(stepFolder) + " -Dgroups=exercise-" + number;
    }

    /** Runs every test of a step, its page's in the browser too. */
    public static String check(String stepFolder) {
        return "mvn test -Pcheck -pl " + stepFolder + " -am";
    }
}
