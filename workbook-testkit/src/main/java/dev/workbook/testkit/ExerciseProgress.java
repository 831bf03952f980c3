package dev.workbook.testkit;

import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.LessonSection;
import dev.workbook.tools.Workbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, after a step's tests, which of its exercises pass and which to do next, with the
 * lesson section to read; on a finished step, one quiet line. Also writes
 * {@code target/exercise-progress.properties} for scripts.
 *
 * <p>JUnit finds it through {@code META-INF/services}; every step's tests have it on their path.
 */
public final class ExerciseProgress implements TestExecutionListener {

    /** What became of an exercise's tests in this run. */
    enum Outcome { PASSED, FAILED, NOT_RUN }

    private static final Comparator<String> BY_NUMBER = ExerciseTags.BY_NUMBER;

    private final Map<String, Outcome> outcomes = new TreeMap<>(BY_NUMBER);
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        if (identifier.isTest()) {
            record(identifier, passed);
        } else if (!passed && plan != null) {
            // A failed @BeforeAll fails the class: its tests never report, but their exercises did not pass.
            plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).forEach(test -> record(test, false));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        if (outcomes.isEmpty() || Workbook.stepNumber(module).isEmpty()) {
            return;
        }
        Workbook workbook = Workbook.around(module);
        Map<String, Outcome> all = allExercises(workbook, module);
        Map<String, LessonSection> lessons = workbook.lessons();
        System.out.println(ProgressReport.render(module.getFileName().toString(), all, lessons));
        writeProperties(module, all);
    }

    private void record(TestIdentifier test, boolean passed) {
        ExerciseTags.numbers(test.getTags().stream().map(TestTag::getName)).forEach(number ->
                outcomes.merge(number, passed ? Outcome.PASSED : Outcome.FAILED,
                        (was, now) -> was == Outcome.FAILED || now == Outcome.FAILED ? Outcome.FAILED : Outcome.PASSED));
    }

    /** Every exercise of the step, from its code, with this run's outcome or NOT_RUN. */
    private Map<String, Outcome> allExercises(Workbook workbook, Path module) {
        Map<String, Outcome> all = new TreeMap<>(BY_NUMBER);
        List<ExerciseRegion> regions = workbook.regionsIn(module);
        Set<String> asked = askedFor();
        regions.forEach(region -> all.put(region.number(), asked.isEmpty() || asked.contains(region.number())
                ? outcomes.getOrDefault(region.number(), Outcome.NOT_RUN) : Outcome.NOT_RUN));
        return all;
    }

    /**
     * The exercises a {@code -Dgroups=exercise-1.4} run asked for: other exercises' tests that ran
     * with them (a test of 1.5 may be tagged 1.4 too) do not make those exercises pass.
     */
    private static Set<String> askedFor() {
        String groups = System.getProperty("workbook.groups", "");
        return ExerciseTags.numbers(Arrays.stream(groups.split("[^\\w.-]+"))).collect(Collectors.toSet());
    }

    private static void writeProperties(Path module, Map<String, Outcome> all) {
        Map<String, String> lines = new LinkedHashMap<>();
        all.forEach((number, outcome) -> lines.put(number, outcome.name().toLowerCase(java.util.Locale.ROOT)));
        try {
            Path file = module.resolve("target/exercise-progress.properties");
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines.entrySet().stream().map(e -> "exercise." + e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
