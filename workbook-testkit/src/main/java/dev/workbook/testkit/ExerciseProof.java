package dev.workbook.testkit;

import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.Workbook;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proves, for one step, that its tests check its exercises in both directions: the reference
 * passes every exercise's tests; with every exercise stubbed, every one of them fails; and with
 * one exercise stubbed alone, every test tagged with it fails (a test that still passes is tagged
 * with an exercise it does not check).
 *
 * <p>Runs in the step's own test JVM: it compiles only the stubbed files and runs the tests
 * in-process with the stubs first on the class path, so the whole proof costs seconds, not a
 * Maven build per exercise.
 */
public final class ExerciseProof {

    private final Workbook workbook;
    private final Path module;
    private final StubbedBuild stubs;
    private final List<String> testClasses;
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    private ExerciseProof(Path module) throws IOException {
        this.module = module.toAbsolutePath().normalize();
        this.workbook = Workbook.around(this.module);
        this.stubs = new StubbedBuild(workbook, this.module, System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")));
        this.testClasses = testClassNames(this.module.resolve("target/test-classes"));
    }

    /** Runs the proof for the step in {@code module}; returns its report, or throws listing every defect. */
    public static String verify(Path module) throws Exception {
        return new ExerciseProof(module).run();
    }

    private String run() throws Exception {
        Set<String> exercises = workbook.regionsIn(module).stream().map(ExerciseRegion::number)
                .collect(Collectors.toCollection(() -> new TreeSet<>(ExerciseTags.BY_NUMBER)));
        if (exercises.isEmpty()) {
            throw new AssertionError(module.getFileName() + " has no exercise regions to prove");
        }
        String anyExercise = exercises.stream().map(n -> ExerciseTags.PREFIX + n).collect(Collectors.joining(" | "));
        checkReference(anyExercise);
        checkAllStubbed(exercises, anyExercise);
        for (String exercise : exercises) {
            checkAlone(exercise);
        }
        String summary = "[workbook] Proof for " + module.getFileName() + ": " + exercises.size() + " exercises checked, "
                + (failures.isEmpty() ? "no defects." : failures.size() + " defects.") + "\n" + report;
        if (!failures.isEmpty()) {
            throw new AssertionError(summary + "\nDefects:\n  " + String.join("\n  ", failures));
        }
        return summary;
    }

    private void checkReference(String anyExercise) throws Exception {
        List<NestedTestRun.Outcome> outcomes = runWithStubs(Set.of(), anyExercise);
        List<String> failing = methods(outcomes, false);
        line("reference: %d exercise tests, %d fail", methods(outcomes).size(), failing.size());
        failing.forEach(m -> failures.add("the reference fails " + m + ": " + firstFailure(outcomes, m)));
    }

    private void checkAllStubbed(Set<String> exercises, String anyExercise) throws Exception {
        List<NestedTestRun.Outcome> outcomes = runWithStubs(exercises, anyExercise);
        List<String> passing = methods(outcomes, true).stream().filter(m -> !methods(outcomes, false).contains(m)).toList();
        line("learner edition (all stubbed): %d of %d exercise tests fail", methods(outcomes).size() - passing.size(),
                methods(outcomes).size());
        passing.forEach(m -> failures.add("with every exercise stubbed, " + m + " still passes"));
    }

    private void checkAlone(String exercise) throws Exception {
        List<NestedTestRun.Outcome> outcomes = runWithStubs(Set.of(exercise), ExerciseTags.PREFIX + exercise);
        Collection<String> all = methods(outcomes);
        Collection<String> failing = methods(outcomes, false);
        line("exercise %s alone: %d of %d tagged tests fail", exercise, failing.size(), all.size());
        if (failing.isEmpty()) {
            failures.add("exercise " + exercise + " is checked by no test: stubbed alone, none of its tests fails");
        }
        all.stream().filter(m -> !failing.contains(m))
                .forEach(m -> failures.add(m + " is tagged exercise-" + exercise + " but passes with that exercise stubbed"));
    }

    private List<NestedTestRun.Outcome> runWithStubs(Set<String> exercises, String tagExpression) throws Exception {
        Path overlay = Files.createTempDirectory("workbook-proof-");
        try {
            stubs.write(exercises, overlay);
            URL[] folders = {url(overlay.resolve("classes")), url(module.resolve("target/test-classes")), url(module.resolve("target/classes"))};
            return NestedTestRun.run(folders, testClasses, tagExpression);
        } finally {
            deleteTree(overlay);
        }
    }

    /** Test methods in the outcomes, each once; with {@code passed}, those with an invocation of that result. */
    private static List<String> methods(List<NestedTestRun.Outcome> outcomes, boolean passed) {
        return outcomes.stream().filter(o -> o.passed() == passed).map(NestedTestRun.Outcome::method).distinct().sorted().toList();
    }

    private static Collection<String> methods(List<NestedTestRun.Outcome> outcomes) {
        return outcomes.stream().map(NestedTestRun.Outcome::method).distinct().sorted().toList();
    }

    private static String firstFailure(List<NestedTestRun.Outcome> outcomes, String method) {
        return outcomes.stream().filter(o -> o.method().equals(method) && !o.passed()).map(NestedTestRun.Outcome::failure)
                .findFirst().orElse("");
    }

    private void line(String format, Object... args) {
        report.append("  ").append(String.format(format, args)).append('\n');
    }

    private static List<String> testClassNames(Path testClasses) throws IOException {
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.map(testClasses::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("Test.class") && !name.contains("$") && !name.endsWith("ProofTest.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static URL url(Path folder) throws MalformedURLException {
        return folder.toUri().toURL();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }
}
