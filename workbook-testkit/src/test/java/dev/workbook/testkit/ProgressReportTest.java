package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.LessonSection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The summary a learner reads after a run of a small made-up step, and what it says is next. */
class ProgressReportTest {

    private static final PlannedTest TEST_11 = ExerciseRunTest.test("A", "unit11", "9.1");
    private static final PlannedTest TEST_12 = ExerciseRunTest.test("B", "unit12", "9.2");
    private static final PlannedTest TEST_13 = ExerciseRunTest.test("C", "unit13", "9.2", "9.3");
    private static final List<ExerciseRegion> REGIONS = List.of(region("9.1", "A.java"), region("9.2", "B.java"),
            region("9.3", "C.java"), region("9.4", "app.js"));
    private static final Map<String, LessonSection> LESSONS = Map.of(
            "9.1", section("9.1", "First"), "9.2", section("9.2", "Second"), "9.3", section("9.3", "Third"), "9.4", section("9.4", "Page"));

    @Test
    @DisplayName("With 9.1 done and 9.2 not started: 1 passes, 9.2 is next and fails, 9.3 is not checked yet")
    void learnerOnTheSecondExercise() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of("9.2", "9.3", "9.4"), Set.of(), List.of(TEST_11, TEST_12, TEST_13));
        run.record(TEST_11, TestResult.passed(), true);
        run.record(TEST_12, TestResult.failed(new UnsupportedOperationException("Exercise 9.2 is not done yet: do it.")), true);
        run.record(TEST_13, TestResult.skipped("waits for exercise 9.2"), true);

        StepProgress progress = StepProgress.of("step09-x", run, REGIONS, LESSONS);
        String summary = ProgressReport.render(progress);

        assertThat(progress.next()).as("the exercise to do next").map(StepProgress.ExerciseState::number).hasValue("9.2");
        assertThat(progress.fails()).as("whether the run fails the build").isTrue();
        assertThat(summary).as("the summary").contains("1 of 4 exercises pass").contains("[x] 9.1 First")
                .contains("[ ] 9.2 Second").contains("[-] 9.3 Third").contains("Next: Exercise 9.2 Second (not started)")
                .contains("Check it: ./workbook test 9.2").contains("-Dgroups=exercise-9.2")
                .contains("Stuck? ./workbook hint 9.2");
    }

    @Test
    @DisplayName("With every Java exercise done, one quiet line that says the page's exercise was not checked, and how to")
    void allButThePage() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of(), Set.of(), List.of(TEST_11, TEST_12, TEST_13));
        List.of(TEST_11, TEST_12, TEST_13).forEach(test -> run.record(test, TestResult.passed(), true));

        StepProgress progress = StepProgress.of("step09-x", run, REGIONS, LESSONS);
        String summary = ProgressReport.render(progress);

        assertThat(progress.fails()).as("whether the run fails the build").isFalse();
        assertThat(summary).as("the summary").startsWith("[workbook] step09-x: 3 of 4 exercises pass")
                .contains("not checked by this run: 9.4").contains("./workbook check 9").contains("-Pcheck").doesNotContain("Next:");
    }

    @Test
    @DisplayName("A run asked about the page's exercise without the browser does not say it checked it, and says how to")
    void pageExerciseAskedWithoutTheBrowser() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of(), Set.of("9.4"), List.of());

        String summary = ProgressReport.render(StepProgress.of("step09-x", run, REGIONS, LESSONS));

        assertThat(summary).as("the summary of a run of 9.4 in which no test ran").doesNotContain("this run checked")
                .contains("not checked by this run: 9.1, 9.2, 9.3, 9.4").contains("./workbook check 9");
    }

    @Test
    @DisplayName("A run of 9.1 alone counts 9.2 as passing, as the last run that checked it found it, and 9.3's failure is next")
    void aRunOfOneKeepsTheOthersVerdicts() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of("9.4"), Set.of("9.1"), List.of(TEST_11));
        run.record(TEST_11, TestResult.passed(), true);

        StepProgress progress = StepProgress.of("step09-x", run, REGIONS, LESSONS)
                .keeping(Map.of("9.2", StepProgress.State.PASSED, "9.3", StepProgress.State.FAILED));
        String summary = ProgressReport.render(progress);

        assertThat(progress.passing()).as("exercises passing, this run's and the last check's of the others").isEqualTo(2);
        assertThat(summary).as("the summary of a run of 9.1 alone")
                .startsWith("[workbook] step09-x: 2 of 4 exercises pass (this run checked 9.1; 9.2 passed when last checked);"
                        + " not checked by this run: 9.3, 9.4.")
                .contains("Next: Exercise 9.3 Third (it failed in the last run that checked it)");
    }

    @Test
    @DisplayName("When a run of 9.2 alone fails, its checklist marks 9.1 and 9.3 as the last run that checked them found them")
    void aFailingRunOfOneShowsTheOthersVerdicts() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of("9.4"), Set.of("9.2"), List.of(TEST_12));
        run.record(TEST_12, TestResult.failed(new AssertionError("expected 4 but was 3")), true);

        String summary = ProgressReport.render(StepProgress.of("step09-x", run, REGIONS, LESSONS)
                .keeping(Map.of("9.1", StepProgress.State.PASSED, "9.3", StepProgress.State.FAILED)));

        assertThat(summary).as("the checklist after a failing run of 9.2").contains("1 of 4 exercises pass.")
                .contains("[x] 9.1 First   (passed when last checked)").contains("[ ] 9.2 Second   (fails)")
                .contains("[ ] 9.3 Third   (failed when last checked)").contains("[-] 9.4 Page")
                .contains("Next: Exercise 9.2 Second: read");
    }

    @Test
    @DisplayName("A failure that reached another exercise's stub does not count against the test's own exercise")
    void waitingIsNotFailing() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of(), Set.of(), List.of(TEST_11, TEST_12, TEST_13));
        run.record(TEST_11, TestResult.passed(), true);
        run.record(TEST_12, TestResult.passed(), true);
        run.record(TEST_13, TestResult.failed(new AssertionError("The server threw",
                new UnsupportedOperationException("Exercise 9.1 is not done yet: do it."))), true);

        StepProgress progress = StepProgress.of("step09-x", run, REGIONS, LESSONS);

        assertThat(progress.exercises()).as("where each exercise stands").extracting(StepProgress.ExerciseState::state)
                .containsExactly(StepProgress.State.PASSED, StepProgress.State.PASSED, StepProgress.State.NOT_CHECKED,
                        StepProgress.State.NOT_CHECKED);
        assertThat(progress.exercises().get(2).note()).as("why 9.3 was not checked").isEqualTo("waits for exercise 9.1");
        assertThat(progress.fails()).as("a test failed: the build fails").isTrue();
    }

    @Test
    @DisplayName("A class that fails after its tests passed (threads left behind) fails the run, and the summary says which")
    void classFailureFailsTheRun() {
        ExerciseRun run = ExerciseRun.of(Path.of("step09-x"), true, Set.of(), Set.of(), List.of(TEST_11));
        run.record(TEST_11, TestResult.passed(), true);

        run.recordClass("[engine:junit-jupiter]/[class:dev.example.A]", "A",
                TestResult.failed(new AssertionError("A left threads running: server-1")));
        StepProgress progress = StepProgress.of("step09-x", run, REGIONS, LESSONS);

        assertThat(progress.fails()).as("whether the run fails the build").isTrue();
        assertThat(ProgressReport.render(progress)).as("the summary").contains("A failed after its tests: A left threads running");
    }

    private static ExerciseRegion region(String number, String file) {
        return new ExerciseRegion(Path.of("step09-x/src/main/java/" + file), number, "do it", 1, 3, "");
    }

    private static LessonSection section(String number, String title) {
        return new LessonSection(Path.of("docs/step09-x.md"), number, title, 1, "");
    }
}
