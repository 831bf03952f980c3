package dev.workbook.classroom;

/** A report the board will not take, with the HTTP status and the sentence the learner's run prints. */
final class Refused extends Exception {

    private final int status;

    Refused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
