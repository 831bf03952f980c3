package dev.workbook.testkit;

import java.util.Optional;

/**
 * What became of one test method in a run, all its invocations together: passed, failed (and on
 * whose stub, if it reached one), or skipped (and why).
 *
 * @param status the worst of its invocations: a failure outweighs a skip, a skip a pass
 * @param stubReached the exercise whose stub sentence its failure holds, or null
 * @param detail the failure's message or the reason it was skipped
 */
record TestResult(Status status, String stubReached, String detail) {

    /** How a test method ended. */
    enum Status { PASSED, SKIPPED, FAILED }

    static TestResult passed() {
        return new TestResult(Status.PASSED, null, "");
    }

    static TestResult skipped(String reason) {
        return new TestResult(Status.SKIPPED, null, reason == null ? "" : reason);
    }

    static TestResult failed(Throwable failure) {
        return new TestResult(Status.FAILED, StubSentence.reachedIn(failure).orElse(null), String.valueOf(failure.getMessage()));
    }

    /** The worse of two results of the same method. */
    TestResult worse(TestResult other) {
        return other.status.compareTo(status) > 0 ? other : this;
    }

    /**
     * The exercise a failure counts against: the stub's exercise when it reached one, else
     * {@code owner}, the exercise the test belongs to.
     */
    Optional<String> blamed(String owner) {
        return status == Status.FAILED ? Optional.ofNullable(stubReached != null ? stubReached : owner) : Optional.empty();
    }
}
