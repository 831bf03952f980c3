package dev.workbook.testkit;

import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.LessonSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A step's exercises after a run: which pass, which fail, which were not checked and why, and the
 * one to do next. A failure counts against the exercise whose stub it reached, else against the
 * exercise its test belongs to; an exercise whose tests wait for another's is not checked, never failed.
 *
 * @param step the step's folder name
 * @param exercises every exercise of the step, in order
 * @param asked the exercises a one-exercise run was about, or empty for a run of the whole step
 * @param testsFailed how many test methods failed, exercises' or not
 * @param classFailures the classes that failed around their tests, with why
 * @param before each exercise's verdict in the last run that checked it, passed or failed, as the files keep them
 */
record StepProgress(String step, List<ExerciseState> exercises, List<String> asked, int testsFailed,
                    Map<String, String> classFailures, Map<String, State> before) {

    /** A progress that knows of no earlier verdicts (see {@link #keeping}). */
    StepProgress(String step, List<ExerciseState> exercises, List<String> asked, int testsFailed,
                 Map<String, String> classFailures) {
        this(step, exercises, asked, testsFailed, classFailures, Map.of());
    }

    /** Where an exercise stands. */
    enum State { PASSED, FAILED, NOT_CHECKED }

    /**
     * One exercise's line.
     *
     * @param note why it fails or was not checked, in a learner's words; empty when it passes
     * @param stub whether its code still holds the learner edition's stub
     * @param pageExercise whether it is written in a page's script, checked in the browser
     */
    record ExerciseState(String number, String title, String link, State state, String note, boolean stub, boolean pageExercise) {
    }

    /** Where each exercise of the step stands after {@code run}. */
    static StepProgress of(String step, ExerciseRun run, List<ExerciseRegion> regions, Map<String, LessonSection> lessons) {
        Map<String, Boolean> pageOnly = new TreeMap<>(ExerciseTags.BY_NUMBER);
        regions.forEach(r -> pageOnly.merge(r.number(), r.isJavaScript(), Boolean::logicalAnd));
        List<ExerciseState> states = new ArrayList<>();
        pageOnly.forEach((number, page) -> states.add(stateOf(number, page, run, lessons.get(number))));
        int failed = (int) run.planned().stream().filter(test -> run.resultOf(test)
                .filter(result -> result.status() == TestResult.Status.FAILED).isPresent()).count();
        return new StepProgress(step, states, List.copyOf(run.asked()), failed, run.failedClasses());
    }

    private static ExerciseState stateOf(String number, boolean page, ExerciseRun run, LessonSection section) {
        List<PlannedTest> owned = run.planned().stream().filter(test -> test.owner().filter(number::equals).isPresent()).toList();
        boolean stub = run.stubbed().contains(number);
        boolean counted = run.asked().isEmpty() || run.asked().contains(number);
        boolean firstStub = stub && run.stubbed().stream().filter(n -> run.asked().isEmpty() || run.asked().contains(n))
                .min(ExerciseTags.BY_NUMBER).filter(number::equals).isPresent();
        Optional<TestResult> ownFailure = owned.stream().map(run::resultOf).flatMap(Optional::stream)
                .filter(result -> result.blamed(number).filter(number::equals).isPresent()).findFirst();
        State state;
        String note;
        if (ownFailure.isPresent() || firstStub && counted && !owned.isEmpty()) {
            state = State.FAILED;
            note = stub ? "not done yet: its code is still the stub" : "fails";
        } else if (!owned.isEmpty() && owned.stream().allMatch(test -> run.resultOf(test)
                .filter(result -> result.status() == TestResult.Status.PASSED).isPresent())) {
            state = State.PASSED;
            note = "";
        } else {
            state = State.NOT_CHECKED;
            note = whyNotChecked(number, page, stub, owned, run);
        }
        String title = section == null ? "" : section.title();
        String link = section == null ? "docs/README.md" : section.link();
        return new ExerciseState(number, title, link, state, note, stub, page);
    }

    private static String whyNotChecked(String number, boolean page, boolean stub, List<PlannedTest> owned, ExerciseRun run) {
        if (owned.isEmpty()) {
            return page ? "a page exercise: its tests run in the browser" : "not checked by this run";
        }
        Optional<String> waitsFor = owned.stream().map(run::resultOf).flatMap(Optional::stream)
                .filter(result -> result.status() == TestResult.Status.FAILED).map(result -> result.blamed(number).orElse(""))
                .filter(blamed -> !blamed.isEmpty()).findFirst();
        if (waitsFor.isPresent()) {
            return "waits for exercise " + waitsFor.get();
        }
        if (stub) {
            return "not started";
        }
        return owned.stream().map(run::resultOf).flatMap(Optional::stream)
                .filter(result -> result.status() == TestResult.Status.SKIPPED).map(TestResult::detail).findFirst()
                .orElse("not checked by this run");
    }

    /** The same progress, knowing how each exercise fared in the last run that checked it. */
    StepProgress keeping(Map<String, State> verdicts) {
        return new StepProgress(step, exercises, asked, testsFailed, classFailures, Map.copyOf(verdicts));
    }

    /**
     * The exercise to do now: the first that fails, in this run or, when this run did not check it,
     * in the last run that did; else the first not started; empty when none is left to do.
     */
    Optional<ExerciseState> next() {
        return exercises.stream().filter(e -> e.state() == State.FAILED || failedEarlier(e)).findFirst()
                .or(() -> exercises.stream().filter(ExerciseState::stub).findFirst());
    }

    /** Whether {@code exercise} failed in an earlier run and this run left it as it was: not checked, not reset to its stub. */
    boolean failedEarlier(ExerciseState exercise) {
        return earlier(exercise) == State.FAILED;
    }

    /** Whether {@code exercise} passed in an earlier run and this run left it as it was: not checked, not reset to its stub. */
    boolean passedEarlier(ExerciseState exercise) {
        return earlier(exercise) == State.PASSED;
    }

    private State earlier(ExerciseState exercise) {
        return exercise.state() == State.NOT_CHECKED && !exercise.stub()
                ? before.getOrDefault(exercise.number(), State.NOT_CHECKED) : State.NOT_CHECKED;
    }

    /** How many exercises pass: in this run, or, where this run did not check them, in the last run that did. */
    long passing() {
        return count(State.PASSED) + exercises.stream().filter(this::passedEarlier).count();
    }

    /** Whether the run must fail the build: a test failed, or an exercise it was about is not done. */
    boolean fails() {
        return testsFailed > 0 || !classFailures.isEmpty() || exercises.stream().anyMatch(e -> e.state() == State.FAILED);
    }

    long count(State state) {
        return exercises.stream().filter(e -> e.state() == state).count();
    }
}
