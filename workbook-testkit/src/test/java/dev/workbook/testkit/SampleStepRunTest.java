package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NestedTestRun.Outcome;
import dev.workbook.testkit.StepProgress.ExerciseState;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's runs of a small made-up step, end to end: the real listener, extension and orderers
 * of the kit, on tests compiled from sources edited as a learner would (see {@link SampleStep}).
 *
 * <p>These go through the JUnit Platform launcher rather than {@code EngineTestKit}: the kit's
 * {@link ExerciseProgress} is a launcher listener, which an engine run alone never calls.
 */
class SampleStepRunTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("The reference passes every test, run in the order of the exercises whatever the classes are called")
    void referencePassesInExerciseOrder() throws Exception {
        NestedTestRun.Result result = SampleStep.in(folder).compile().test();

        assertThat(result.outcomes()).as("every test of the reference").hasSize(5).allMatch(Outcome::passed)
                .extracting(o -> o.test().owner().orElse("given code"))
                .containsExactly("given code", "9.1", "9.1", "9.2", "9.3");
        assertThat(states(result)).as("the summary's exercises").containsExactly("9.1 PASSED", "9.2 PASSED", "9.3 PASSED");
        assertThat(result.progress().next()).as("the summary's Next").isEmpty();
    }

    @Test
    @DisplayName("A blank step runs one test of 9.1, which shows its stub; the rest wait and nothing counts as passed")
    void blankStepShowsTheFirstStubOnce() throws Exception {
        NestedTestRun.Result result = SampleStep.in(folder).stub("9.1", "9.2", "9.3").compile().test();

        assertThat(failed(result)).as("the tests that fail").hasSize(1).extracting(Outcome::method).allMatch(m -> m.startsWith("AddTest#"));
        assertThat(failed(result).get(0).failure()).as("what the learner reads")
                .contains("Exercise 9.1 is not done yet: Return the sum of a and b.").contains("docs/step09-sample.md");
        assertThat(result.outcomes()).as("the other test of 9.1").filteredOn(o -> o.method().startsWith("AddTest#") && o.skipped())
                .extracting(Outcome::failure).singleElement().asString().contains("exercise 9.1 is not done yet");
        assertThat(skippedReasonOf(result, "TwiceTest#doublesANumber")).as("why a test of 9.2 waits").contains("9.1");
        assertThat(states(result)).as("the summary's exercises").containsExactly("9.1 FAILED", "9.2 NOT_CHECKED", "9.3 NOT_CHECKED");
        assertThat(next(result)).as("the summary's Next").isEqualTo("9.1");
    }

    @Test
    @DisplayName("With 9.1 written, 9.1 passes, 9.2's stub shows once and is next, and 9.3 is not checked")
    void secondExerciseIsNext() throws Exception {
        NestedTestRun.Result result = SampleStep.in(folder).stub("9.2", "9.3").compile().test();

        assertThat(failed(result)).as("the tests that fail").extracting(Outcome::method).containsExactly("TwiceTest#doublesANumber");
        assertThat(skippedReasonOf(result, "TotalTest#totalsThreeNumbers")).as("why the test of 9.3 waits")
                .contains("make exercise 9.2 pass first");
        assertThat(states(result)).as("the summary's exercises").containsExactly("9.1 PASSED", "9.2 FAILED", "9.3 NOT_CHECKED");
        assertThat(next(result)).as("the summary's Next").isEqualTo("9.2");
    }

    @Test
    @DisplayName("A wrong 9.1 fails 9.1's tests, is next, and keeps the later exercises from being blamed")
    void wrongFirstExerciseIsBlamedOnItself() throws Exception {
        NestedTestRun.Result result = SampleStep.in(folder).edit(SampleStep.CODE, "return a + b;", "return a - b;")
                .compile().test();

        assertThat(failed(result)).as("the tests that fail").extracting(Outcome::method)
                .containsExactlyInAnyOrder("AddTest#addsTwoNumbers", "AddTest#addsANegativeNumber");
        assertThat(failed(result)).as("what the learner reads").extracting(Outcome::failure).anyMatch(f -> f.contains("[2 + 3]"));
        assertThat(skippedReasonOf(result, "TwiceTest#doublesANumber")).as("why the test of 9.2 waits")
                .contains("make exercise 9.1 pass first");
        assertThat(states(result)).as("the summary's exercises").containsExactly("9.1 FAILED", "9.2 NOT_CHECKED", "9.3 NOT_CHECKED");
        assertThat(next(result)).as("the summary's Next").isEqualTo("9.1");
    }

    @Test
    @DisplayName("Exercise 9.3 written before 9.2: 9.3 is not blamed, and Next stays 9.2")
    void laterExerciseWrittenFirst() throws Exception {
        NestedTestRun.Result result = SampleStep.in(folder).stub("9.2").compile().test();

        assertThat(failed(result)).as("the tests that fail").extracting(Outcome::method).containsExactly("TwiceTest#doublesANumber");
        assertThat(next(result)).as("the summary's Next").isEqualTo("9.2");
        assertThat(states(result)).as("the summary's exercises").containsExactly("9.1 PASSED", "9.2 FAILED", "9.3 NOT_CHECKED");
    }

    @Test
    @DisplayName("A run asked about 9.3 alone (-Dgroups=exercise-9.3) checks 9.3 and says nothing of 9.2")
    void runOfOneExercise() throws Exception {
        NestedTestRun.Result result = SampleStep.in(folder).stub("9.2").compile()
                .test(Map.of(ExerciseRun.ASKED, "exercise-9.3"));

        assertThat(result.outcomes()).as("the tests that ran").filteredOn(o -> !o.skipped()).extracting(Outcome::method)
                .containsExactly("GivenCodeTest#describesATally", "TotalTest#totalsThreeNumbers");
        assertThat(states(result)).as("the summary's exercises").contains("9.3 PASSED");
        assertThat(result.progress().asked()).as("the exercises the summary is about").containsExactly("9.3");
    }

    @Test
    @DisplayName("The progress files say what the summary says; a run that began and never ended says so")
    void progressFilesFollowTheRun() throws Exception {
        SampleStep sample = SampleStep.in(folder).stub("9.2", "9.3").compile();
        NestedTestRun.Result result = sample.test();
        ProgressFiles.begin(sample.module());
        boolean incompleteWhileRunning = ProgressFiles.read(sample.module()).orElseThrow().incomplete();

        ProgressFiles.write(sample.module(), result.progress(), ProgressReport.render(result.progress()));

        assertThat(incompleteWhileRunning).as("whether a run under way reads as incomplete").isTrue();
        assertThat(properties(sample)).as(ProgressFiles.PROPERTIES).containsEntry("exercise.9.1", "passed")
                .containsEntry("exercise.9.2", "failed").containsEntry("exercise.9.3", "not_run")
                .containsEntry("next", "9.2").containsEntry("verdict", "fail");
        assertThat(ProgressFiles.read(sample.module()).orElseThrow().summary()).as(ProgressFiles.SUMMARY)
                .contains("1 of 3 exercises pass").contains("Next: Exercise 9.2 Double a number");
    }

    @Test
    @DisplayName("A run of one exercise keeps the others' verdicts from the last run that checked them, but not a stub's")
    void runOfOneExerciseKeepsEarlierVerdicts() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile();
        written(sample, sample.test()); // the whole step: every exercise passes
        ProgressFiles.forgetLastRun(sample.module());
        ProgressFiles.begin(sample.module());
        written(sample, sample.test(Map.of(ExerciseRun.ASKED, "exercise-9.3")));
        Properties afterOne = properties(sample);
        sample.stub("9.2").compile(); // the learner resets 9.2
        ProgressFiles.forgetLastRun(sample.module());
        ProgressFiles.begin(sample.module());

        written(sample, sample.test(Map.of(ExerciseRun.ASKED, "exercise-9.3")));

        assertThat(afterOne).as("%s after a run of 9.3 alone, all three having passed before", ProgressFiles.PROPERTIES)
                .containsEntry("exercise.9.1", "passed").containsEntry("exercise.9.2", "passed")
                .containsEntry("exercise.9.3", "passed").containsEntry("next", "").containsEntry("verdict", "pass");
        assertThat(properties(sample)).as("%s after 9.2 was reset to its stub and 9.3 run alone", ProgressFiles.PROPERTIES)
                .containsEntry("exercise.9.1", "passed").containsEntry("exercise.9.2", "not_run")
                .containsEntry("exercise.9.3", "passed").containsEntry("next", "9.2");
    }

    @Test
    @DisplayName("After a run of one exercise, Next is an earlier one that failed in the last run that checked it")
    void nextIsAnEarlierFailureARunOfOneDidNotCheck() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile();
        Files.createDirectories(sample.module().resolve("target"));
        Files.writeString(sample.module().resolve(ProgressFiles.PROPERTIES),
                "exercise.9.1=passed\nexercise.9.2=failed\nexercise.9.3=passed\n"); // a whole-step run saw 9.2 fail

        NestedTestRun.Result result = sample.test(Map.of(ExerciseRun.ASKED, "exercise-9.3"));
        written(sample, result);

        assertThat(states(result)).as("the summary's exercises after a run of 9.3 alone")
                .containsExactly("9.1 NOT_CHECKED", "9.2 NOT_CHECKED", "9.3 PASSED");
        assertThat(next(result)).as("the summary's Next, while 9.2 failed in the last run that checked it").isEqualTo("9.2");
        assertThat(ProgressReport.render(result.progress())).as("the summary a learner reads")
                .contains("3 exercises pass (this run checked 9.3; 9.1 passed when last checked)")
                .contains("Next: Exercise 9.2 Double a number (it failed in the last run that checked it)");
        assertThat(properties(sample)).as(ProgressFiles.PROPERTIES).containsEntry("exercise.9.2", "failed")
                .containsEntry("next", "9.2").containsEntry("verdict", "pass");
    }

    private static void written(SampleStep sample, NestedTestRun.Result result) {
        ProgressFiles.write(sample.module(), result.progress(), ProgressReport.render(result.progress()));
    }

    private static Properties properties(SampleStep sample) throws Exception {
        Properties written = new Properties();
        try (Reader reader = Files.newBufferedReader(sample.module().resolve(ProgressFiles.PROPERTIES))) {
            written.load(reader);
        }
        return written;
    }

    private static List<Outcome> failed(NestedTestRun.Result result) {
        return result.outcomes().stream().filter(o -> !o.passed() && !o.skipped()).toList();
    }

    private static String skippedReasonOf(NestedTestRun.Result result, String method) {
        return result.outcomes().stream().filter(o -> o.method().equals(method) && o.skipped()).map(Outcome::failure)
                .findFirst().orElse("(" + method + " was not skipped)");
    }

    private static List<String> states(NestedTestRun.Result result) {
        return result.progress().exercises().stream().map(e -> e.number() + " " + e.state()).toList();
    }

    private static String next(NestedTestRun.Result result) {
        return result.progress().next().map(ExerciseState::number).orElse("none");
    }
}
