package dev.workbook.testkit;

import dev.workbook.testkit.NestedTestRun.Outcome;
import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.Workbook;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proves, for one step, that its tests check its exercises exactly, and that a learner working in
 * order is always told the right thing:
 * <ul>
 *   <li>the reference passes every test;</li>
 *   <li>with one exercise X stubbed alone, the tests that fail are exactly those tagged X: a
 *       tagged test that passes is tagged with an exercise it does not check, and an untagged
 *       test that fails needs X without saying so;</li>
 *   <li>the walk: with exercises 1..k solved and the rest stubbed, and one exercise at a time on,
 *       k exercises pass, the next is k+1, and the only failure is one test of k+1;</li>
 *   <li>each wrong solution kept in {@link WrongSolution#FOLDER}, with the exercises before it
 *       solved and those after it stubbed, fails tests of its exercise and of no other, and the
 *       summary's Next is that exercise.</li>
 * </ul>
 *
 * <p>Runs in the step's own test JVM: it compiles only the stubbed files and runs the tests
 * in-process with the stubs first on the class path, so each run costs what the tests cost.
 */
public final class ExerciseProof {

    /**
     * Every test a learner's full check runs: the fuzz tests replay the same inputs as their *InputsTest twins,
     * and the nginx tests (step 06's balancers) check no exercise and need nginx installed.
     */
    private static final String ALL_BUT_PROOF = "!proof & !fuzz & !nginx";

    private final Workbook workbook;
    private final Path module;
    private final StubbedBuild stubs;
    private final List<String> testClasses;
    private final List<String> failures = new ArrayList<>();
    /** For each test, the exercises whose stub alone makes it fail: the tags it should carry. */
    private final Map<String, Set<String>> needs = new TreeMap<>();
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
        List<String> exercises = workbook.regionsIn(module).stream().map(ExerciseRegion::number).distinct()
                .sorted(ExerciseTags.BY_NUMBER).toList();
        if (exercises.isEmpty()) {
            throw new AssertionError(module.getFileName() + " has no exercise regions to prove");
        }
        checkReference();
        for (String exercise : exercises) {
            checkAlone(exercise);
        }
        writeNeeds();
        for (int solved = 0; solved < exercises.size(); solved++) {
            checkWalk(exercises, solved);
        }
        for (WrongSolution wrong : WrongSolution.in(module)) {
            checkWrongSolution(exercises, wrong);
        }
        String summary = "[workbook] Proof for " + module.getFileName() + ": " + exercises.size() + " exercises checked, "
                + (failures.isEmpty() ? "no defects." : failures.size() + " defects.") + "\n" + report;
        if (!failures.isEmpty()) {
            throw new AssertionError(summary + "\nDefects:\n  " + String.join("\n  ", failures));
        }
        return summary;
    }

    private void checkReference() throws Exception {
        List<Outcome> outcomes = runWithStubs(Set.of(), false).outcomes();
        List<String> failing = names(outcomes, o -> !o.passed() && !o.skipped());
        List<String> skipped = names(outcomes, Outcome::skipped);
        line("reference: %d tests, %d fail, %d skipped", names(outcomes, o -> true).size(), failing.size(), skipped.size());
        failing.forEach(m -> failures.add("the reference fails " + m + ": " + firstDetail(outcomes, m)));
        skipped.forEach(m -> failures.add("the reference skips " + m + ": " + firstDetail(outcomes, m)));
        checkOrder(outcomes);
    }

    /** A test of a later exercise that runs before one of an earlier exercise could show its failures first. */
    private void checkOrder(List<Outcome> outcomes) {
        String latest = null;
        String latestTest = null;
        for (Outcome outcome : outcomes) {
            String owner = outcome.test().owner().orElse(null);
            if (owner == null) {
                continue;
            }
            if (latest != null && ExerciseTags.before(owner, latest)) {
                failures.add(outcome.method() + " (exercise " + owner + ") runs after " + latestTest + " (exercise " + latest
                        + "): order the test classes so that no test of a later exercise runs before one of an earlier");
                return;
            }
            latest = owner;
            latestTest = outcome.method();
        }
    }

    private void checkAlone(String exercise) throws Exception {
        List<Outcome> outcomes = runWithStubs(Set.of(exercise), false).outcomes();
        Set<String> tagged = names(outcomes, o -> o.test().needs().contains(exercise)).stream().collect(Collectors.toSet());
        Set<String> failing = names(outcomes, o -> !o.passed() && !o.skipped()).stream().collect(Collectors.toSet());
        names(outcomes, o -> true).forEach(m -> needs.computeIfAbsent(m, k -> new TreeSet<>(ExerciseTags.BY_NUMBER)));
        failing.forEach(m -> needs.get(m).add(exercise));
        line("exercise %s stubbed alone: %d tests fail, %d are tagged with it", exercise, failing.size(), tagged.size());
        if (tagged.isEmpty()) {
            failures.add("exercise " + exercise + " is checked by no test: no test is tagged exercise-" + exercise);
        }
        tagged.stream().filter(m -> !failing.contains(m)).sorted()
                .forEach(m -> failures.add(m + " is tagged exercise-" + exercise + " but passes with that exercise stubbed"));
        failing.stream().filter(m -> !tagged.contains(m)).sorted()
                .forEach(m -> failures.add(m + " fails with exercise " + exercise + " stubbed but is not tagged exercise-"
                        + exercise + ": " + firstDetail(outcomes, m)));
    }

    /** Writes {@code target/exercise-needs.txt}: each test and the exercises it needs, to set its tags from. */
    private void writeNeeds() throws IOException {
        Path file = module.resolve("target/exercise-needs.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, needs.entrySet().stream().map(e -> e.getKey() + "=" + String.join(",", e.getValue())).toList());
        line("the exercises each test needs: %s", module.getParent().relativize(file));
    }

    private void checkWalk(List<String> exercises, int solved) throws Exception {
        Set<String> stubbed = new TreeSet<>(ExerciseTags.BY_NUMBER);
        stubbed.addAll(exercises.subList(solved, exercises.size()));
        String next = exercises.get(solved);
        NestedTestRun.Result result = runWithStubs(stubbed, true);
        List<String> failing = names(result.outcomes(), o -> !o.passed() && !o.skipped());
        StepProgress progress = result.progress();
        line("walk, %d solved: %d pass, next %s, %d test(s) fail", solved, progress.count(StepProgress.State.PASSED),
                progress.next().map(StepProgress.ExerciseState::number).orElse("none"), failing.size());
        String where = "with " + (solved == 0 ? "no exercise" : "exercises up to " + exercises.get(solved - 1)) + " solved, ";
        if (progress.count(StepProgress.State.PASSED) != solved) {
            failures.add(where + "the summary says " + progress.count(StepProgress.State.PASSED) + " pass, not " + solved + ": "
                    + progress.exercises().stream().map(e -> e.number() + " " + e.state()).collect(Collectors.joining(", ")));
        }
        if (!progress.next().map(StepProgress.ExerciseState::number).orElse("").equals(next)) {
            failures.add(where + "the summary's Next is " + progress.next().map(StepProgress.ExerciseState::number).orElse("none")
                    + ", not " + next);
        }
        List<String> others = failing.stream().filter(m -> result.outcomes().stream().anyMatch(o -> o.method().equals(m)
                && !o.test().owner().orElse("").equals(next))).toList();
        if (!others.isEmpty()) {
            failures.add(where + "tests of other exercises than " + next + " fail: " + others);
        }
        if (failing.size() > 1) {
            failures.add(where + failing.size() + " tests fail, where the stub's sentence should show once: " + failing);
        }
        if (failing.isEmpty()) {
            failures.add(where + "no test fails: the stub of " + next + " never shows (is one of its tests run before an"
                    + " earlier exercise's?)");
        }
    }

    /**
     * A learner's wrong solution of X, with the exercises before it solved and those after it
     * stubbed: the run must fail on X, and only on X.
     */
    private void checkWrongSolution(List<String> exercises, WrongSolution wrong) throws Exception {
        Set<String> later = new TreeSet<>(ExerciseTags.BY_NUMBER);
        later.addAll(exercises.subList(exercises.indexOf(wrong.exercise()) + 1, exercises.size()));
        String what = "the wrong solution " + wrong.exercise() + " " + wrong.name() + " (" + wrong.why() + ")";
        long started = System.nanoTime();
        NestedTestRun.Result result;
        try {
            result = runWithStubs(later, wrong.bodies(), true);
        } catch (AssertionError doesNotCompile) {
            failures.add(what + " does not compile: " + firstLine(doesNotCompile.getMessage()));
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<Outcome> failed = result.outcomes().stream().filter(o -> !o.passed() && !o.skipped()).toList();
        String next = result.progress().next().map(StepProgress.ExerciseState::number).orElse("none");
        line("wrong solution %s %s: %d test(s) fail, next %s, in %d ms%s", wrong.exercise(), wrong.name(), names(failed, o -> true).size(),
                next, millis, failed.isEmpty() ? "" : ": " + failed.get(0).method() + ": " + firstLine(failed.get(0).failure()));
        if (failed.isEmpty()) {
            failures.add(what + " passes every test");
        } else if (!next.equals(wrong.exercise())) {
            failures.add(what + " makes the summary's Next " + next + ", not " + wrong.exercise());
        }
        failed.stream().filter(o -> !o.test().owner().orElse("").equals(wrong.exercise())).findFirst()
                .ifPresent(o -> failures.add(what + " fails " + o.method() + ", a test of exercise " + o.test().owner().orElse("none")));
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private NestedTestRun.Result runWithStubs(Set<String> exercises, boolean oneAtATime) throws Exception {
        return runWithStubs(exercises, Map.of(), oneAtATime);
    }

    private NestedTestRun.Result runWithStubs(Set<String> exercises, Map<WrongSolution.RegionAt, List<String>> wrong,
                                              boolean oneAtATime) throws Exception {
        Path overlay = Files.createTempDirectory("workbook-proof-");
        try {
            stubs.write(exercises, wrong, overlay);
            URL[] folders = {url(overlay.resolve("classes")), url(module.resolve("target/test-classes")), url(module.resolve("target/classes"))};
            return NestedTestRun.run(folders, testClasses, ALL_BUT_PROOF, Map.of(
                    ExerciseRun.ONE_AT_A_TIME, String.valueOf(oneAtATime),
                    ExerciseRun.STUBBED, String.join(",", exercises),
                    ExerciseRun.ASKED, "",
                    ExerciseRun.MODULE, module.toString()));
        } finally {
            deleteTree(overlay);
        }
    }

    /** The test methods among the outcomes that {@code which} keeps, each once, sorted. */
    private static List<String> names(List<Outcome> outcomes, Predicate<Outcome> which) {
        return outcomes.stream().filter(which).map(Outcome::method).distinct().sorted().toList();
    }

    private static String firstDetail(List<Outcome> outcomes, String method) {
        return outcomes.stream().filter(o -> o.method().equals(method) && !o.passed()).map(Outcome::failure)
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
