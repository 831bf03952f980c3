package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a test runs and when it waits, in a run of a small made-up step: the rules of one exercise at a time. */
class ExerciseRunTest {

    private static final PlannedTest UNIT_11 = test("A", "unit11", "9.1");
    private static final PlannedTest UNIT_12 = test("B", "unit12", "9.2");
    private static final PlannedTest UNIT_12_AGAIN = test("B", "otherUnit12", "9.2");
    private static final PlannedTest THROUGH_12 = test("C", "through12", "9.1", "9.2");
    private static final PlannedTest UNIT_13 = test("D", "unit13", "9.3");
    private static final PlannedTest SUPPORT = test("E", "support");
    private static final List<PlannedTest> ALL = List.of(UNIT_11, UNIT_12, UNIT_12_AGAIN, THROUGH_12, UNIT_13, SUPPORT);

    @Test
    @DisplayName("With every exercise written, every test runs")
    void referenceRunsEverything() {
        ExerciseRun run = run(Set.of(), Set.of());

        assertThat(ALL).allSatisfy(test -> assertThat(run.decide(test, true).run()).as("whether %s runs", test.name()).isTrue());
    }

    @Test
    @DisplayName("With 9.2 not started: 9.1's tests run, one test of 9.2 runs, and the rest wait, saying for what")
    void stubShowsOnce() {
        ExerciseRun run = run(Set.of("9.2", "9.3"), Set.of());

        assertThat(run.decide(UNIT_11, true).run()).as("a test of 9.1").isTrue();
        assertThat(run.decide(SUPPORT, true).run()).as("a test of the step's given code").isTrue();
        run.record(UNIT_11, TestResult.passed(), true);
        assertThat(run.decide(UNIT_12, true).run()).as("the first test of 9.2, once 9.1's have run").isTrue();
        assertThat(run.decide(UNIT_12_AGAIN, true).reason()).as("the second test of 9.2").contains("not done yet");
        assertThat(run.decide(THROUGH_12, true).reason()).as("a test that needs 9.1 and 9.2").contains("9.2");
        assertThat(run.decide(UNIT_13, true).reason()).as("a test of 9.3").contains("not checked yet").contains("9.2");
    }

    @Test
    @DisplayName("A stub's one test waits until every test of the exercises before it has run")
    void stubWaitsForEarlierTests() {
        ExerciseRun run = run(Set.of("9.2"), Set.of());

        assertThat(run.decide(UNIT_12, true).run()).as("9.2's first test while 9.1's test has not run yet").isFalse();
        run.record(UNIT_11, TestResult.passed(), true);
        assertThat(run.decide(UNIT_12, true).run()).as("9.2's first test once 9.1's has").isTrue();
    }

    @Test
    @DisplayName("Once a test of 9.1 really fails, the tests of later exercises wait; 9.1's own go on")
    void realFailureStopsLaterExercises() {
        ExerciseRun run = run(Set.of(), Set.of());

        run.record(UNIT_11, TestResult.failed(new AssertionError("expected 2 but was 3")), true);

        assertThat(run.decide(test("A", "anotherUnit11", "9.1"), true).run()).as("another test of 9.1").isTrue();
        assertThat(run.decide(UNIT_12, true).reason()).as("a test of 9.2").contains("make exercise 9.1 pass first");
    }

    @Test
    @DisplayName("After three failed tests of 9.1, its other tests wait too: a wrong solution's verdict comes quickly")
    void failuresShownAreCapped() {
        ExerciseRun run = run(Set.of(), Set.of());

        for (int i = 1; i <= 3; i++) {
            run.record(test("A", "failing" + i, "9.1"), TestResult.failed(new AssertionError("waited 1000 ms")), true);
        }

        assertThat(run.decide(test("A", "fourth", "9.1"), true).reason()).as("a fourth test of 9.1")
                .contains("3 tests of exercise 9.1 fail already");
    }

    @Test
    @DisplayName("A failure that reached 9.2's stub counts against 9.2, not against the test's own exercise")
    void failureIsBlamedOnTheStubItReached() {
        ExerciseRun run = run(Set.of(), Set.of());
        AssertionError reached = new AssertionError("The server threw", new UnsupportedOperationException(
                "Exercise 9.2 is not done yet: do it. Read docs/x.md"));

        run.record(UNIT_13, TestResult.failed(reached), true);

        assertThat(run.decide(UNIT_12, true).run()).as("a test of 9.2, the exercise that was reached").isTrue();
        assertThat(run.decide(test("D", "anotherUnit13", "9.3"), true).reason()).as("another test of 9.3")
                .contains("make exercise 9.2 pass first");
    }

    @Test
    @DisplayName("A run asked about 9.1 runs only 9.1's tests; those of 9.2 that need 9.1 wait")
    void askedRunChecksOnlyItsExercise() {
        ExerciseRun run = run(Set.of("9.2", "9.3"), Set.of("9.1"));

        assertThat(run.decide(UNIT_11, true).run()).as("a test of 9.1").isTrue();
        assertThat(run.decide(THROUGH_12, true).reason()).as("a test of 9.2 that needs 9.1").contains("not checked by this run");
    }

    @Test
    @DisplayName("With one exercise at a time off (the proof), every test runs")
    void offRunsEverything() {
        ExerciseRun run = ExerciseRun.of(Path.of("."), false, Set.of("9.1", "9.2", "9.3"), Set.of(), ALL);

        assertThat(ALL).allSatisfy(test -> assertThat(run.decide(test, true).run()).as("whether %s runs", test.name()).isTrue());
    }

    private static ExerciseRun run(Set<String> stubbed, Set<String> asked) {
        return ExerciseRun.of(Path.of("."), true, sorted(stubbed), sorted(asked), ALL);
    }

    private static Set<String> sorted(Set<String> numbers) {
        Set<String> sorted = new TreeSet<>(ExerciseTags.BY_NUMBER);
        sorted.addAll(numbers);
        return sorted;
    }

    static PlannedTest test(String className, String method, String... needs) {
        String key = PlannedTest.key("dev.example." + className, method, "");
        return new PlannedTest(key, "[engine:junit-jupiter]/[class:dev.example." + className + "]/[method:" + method + "()]",
                className + "#" + method, sorted(Set.of(needs)), false);
    }
}
