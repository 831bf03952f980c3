package dev.workbook.testkit;

import dev.workbook.tools.Workbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * One run of a step's tests as the workbook follows it: the tests planned and the exercises they
 * need, the exercises still holding their stub, and what has happened so far; from which it
 * decides whether a test runs now or waits (see {@link OneExerciseAtATime}).
 *
 * <p>The test-plan listener {@link ExerciseProgress} opens and closes it; runs nest (the proof
 * runs a step's tests inside one of its own), so the latest open one is the current one.
 */
final class ExerciseRun {

    static final String ONE_AT_A_TIME = "workbook.oneExerciseAtATime";
    /** Overrides the stubs found in the step's sources: the proof stubs exercises in compiled classes only. */
    static final String STUBBED = "workbook.stubbed";
    /** The exercises a {@code -Dgroups=exercise-1.4} run is about (Surefire passes its groups here). */
    static final String ASKED = "workbook.groups";
    /** The step module the tests belong to, when it is not the working folder Maven gives as {@code basedir}. */
    static final String MODULE = "workbook.module";
    /**
     * How many failed tests of one exercise a run shows before it skips that exercise's other
     * tests: a wrong solution's first failures tell what to fix, and each further one may wait
     * out its timeout for an event that will not come.
     */
    static final String FAILURES_SHOWN = "workbook.failuresShown";
    private static final int DEFAULT_FAILURES_SHOWN = 3;

    private static final Deque<ExerciseRun> OPEN = new ConcurrentLinkedDeque<>();

    private final Path module;
    private final boolean oneAtATime;
    private final Set<String> stubbed;
    private final Set<String> asked;
    private final Map<String, PlannedTest> byKey = new LinkedHashMap<>();
    private final Map<String, PlannedTest> byUniqueId = new LinkedHashMap<>();
    private final Map<String, List<PlannedTest>> byClass = new LinkedHashMap<>();
    private final Map<String, TestResult> results = new ConcurrentHashMap<>();
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    private final Set<String> stubShown = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failedTests = new ConcurrentHashMap<>();
    /** Classes that failed around their tests (a failed {@code @AfterAll}, threads left behind), by name. */
    private final Map<String, String> failedClasses = new ConcurrentHashMap<>();
    private final int failuresShown;
    private volatile String firstFailure;

    private ExerciseRun(Path module, boolean oneAtATime, Set<String> stubbed, Set<String> asked, int failuresShown) {
        this.module = module;
        this.oneAtATime = oneAtATime;
        this.stubbed = stubbed;
        this.asked = asked;
        this.failuresShown = failuresShown;
    }

    /** Opens the run of {@code plan} as the current one. */
    static ExerciseRun open(TestPlan plan) {
        ConfigurationParameters parameters = plan.getConfigurationParameters();
        Path module = Path.of(parameters.get(MODULE).orElseGet(() -> System.getProperty("basedir", System.getProperty("user.dir"))))
                .toAbsolutePath().normalize();
        ExerciseRun run = new ExerciseRun(module, parameters.getBoolean(ONE_AT_A_TIME).orElse(true),
                parameters.get(STUBBED).map(ExerciseRun::numbers).orElseGet(() -> stubsIn(module)),
                numbers(parameters.get(ASKED).orElse(System.getProperty(ASKED, ""))),
                parameters.get(FAILURES_SHOWN).or(() -> Optional.ofNullable(System.getProperty(FAILURES_SHOWN)))
                        .map(Integer::parseInt).orElse(DEFAULT_FAILURES_SHOWN));
        plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(node -> run.plan(plan, node)));
        OPEN.push(run);
        return run;
    }

    /** A run of {@code tests}, for the kit's own tests; not opened as the current one. */
    static ExerciseRun of(Path module, boolean oneAtATime, Set<String> stubbed, Set<String> asked, List<PlannedTest> tests) {
        ExerciseRun run = new ExerciseRun(module, oneAtATime, stubbed, asked, DEFAULT_FAILURES_SHOWN);
        tests.forEach(test -> {
            run.byKey.put(test.key(), test);
            run.byUniqueId.put(test.uniqueId(), test);
            String parent = test.uniqueId().substring(0, test.uniqueId().lastIndexOf("/["));
            run.byClass.computeIfAbsent(parent, id -> new ArrayList<>()).add(test);
        });
        return run;
    }

    /** The run under way on this JVM, if a listener opened one. */
    static Optional<ExerciseRun> current() {
        return Optional.ofNullable(OPEN.peek());
    }

    void close() {
        OPEN.remove(this);
    }

    private void plan(TestPlan plan, TestIdentifier node) {
        Optional<PlannedTest> test = PlannedTest.of(node);
        boolean invocation = plan.getParent(node)
                .flatMap(PlannedTest::keyOf).isPresent();
        if (test.isEmpty() || invocation || byKey.containsKey(test.get().key())) {
            return;
        }
        byKey.put(test.get().key(), test.get());
        byUniqueId.put(node.getUniqueId(), test.get());
        node.getParentId().ifPresent(parent -> byClass.computeIfAbsent(parent, id -> new ArrayList<>()).add(test.get()));
    }

    Path module() {
        return module;
    }

    boolean oneAtATime() {
        return oneAtATime;
    }

    Set<String> stubbed() {
        return stubbed;
    }

    Set<String> asked() {
        return asked;
    }

    Collection<PlannedTest> planned() {
        return byKey.values();
    }

    Optional<TestResult> resultOf(PlannedTest test) {
        return Optional.ofNullable(results.get(test.key()));
    }

    /** The planned test method a node of the plan stands for: itself, or the parameterized test it is an invocation of. */
    Optional<PlannedTest> plannedFor(String uniqueId) {
        PlannedTest test = byUniqueId.get(uniqueId);
        int cut = uniqueId.lastIndexOf("/[");
        return test != null || cut < 0 ? Optional.ofNullable(test) : Optional.ofNullable(byUniqueId.get(uniqueId.substring(0, cut)));
    }

    /** The planned test methods inside a class node. */
    List<PlannedTest> plannedIn(String classUniqueId) {
        return byClass.getOrDefault(classUniqueId, List.of());
    }

    /** Records what became of a planned method; {@code whole} when the method's own node ended, not one invocation. */
    void record(PlannedTest test, TestResult result, boolean whole) {
        TestResult merged = results.merge(test.key(), result, TestResult::worse);
        test.owner().flatMap(result::blamed).ifPresent(blamed -> firstFailure = ExerciseTags.earlier(firstFailure, blamed));
        if (whole) {
            done.add(test.key());
            test.owner().flatMap(merged::blamed).ifPresent(blamed -> failedTests.merge(blamed, 1, Integer::sum));
        }
    }

    /**
     * Records a class's own result: a failed or skipped class gives it to every planned method of
     * it that has none yet; a class that failed once its tests were done (an {@code @AfterAll},
     * threads left behind) fails the run all the same.
     */
    void recordClass(String classUniqueId, String name, TestResult result) {
        List<PlannedTest> waiting = plannedIn(classUniqueId).stream().filter(test -> !done.contains(test.key())).toList();
        waiting.forEach(test -> record(test, result, true));
        if (waiting.isEmpty() && result.status() == TestResult.Status.FAILED) {
            failedClasses.put(name, result.detail());
        }
    }

    /** The classes that failed around their tests, by name, with the failure's message. */
    Map<String, String> failedClasses() {
        return Map.copyOf(failedClasses);
    }

    /**
     * Whether {@code test} runs now. It waits when it belongs to an exercise this run was not asked
     * about, needs another exercise that is still a stub, or belongs to an exercise after one that
     * already failed or is not started; of an exercise still holding its stub, only one test runs,
     * once every test of the earlier exercises has, so that the stub's sentence shows once.
     *
     * @param claim whether this is the test itself (true) or a look ahead, for its class or its
     *              parameterized method, that must not use up the stub's one run
     */
    Decision decide(PlannedTest test, boolean claim) {
        Optional<String> owner = test.owner();
        if (!oneAtATime || owner.isEmpty()) {
            return Decision.RUN;
        }
        String own = owner.get();
        if (!asked.isEmpty() && !asked.contains(own)) {
            return Decision.skip("not checked by this run: a test of exercise " + own);
        }
        Optional<String> stubNeeded = test.needs().stream().filter(n -> !n.equals(own) && stubbed.contains(n)).findFirst();
        if (stubNeeded.isPresent()) {
            return Decision.skip("waits for exercise " + stubNeeded.get() + ", which is not done yet");
        }
        String failed = firstFailure;
        if (failed != null && ExerciseTags.before(failed, own)) {
            return Decision.skip("not checked yet: make exercise " + failed + " pass first");
        }
        int failures = failedTests.getOrDefault(own, 0);
        if (failures >= failuresShown) {
            return Decision.skip("not checked yet: " + failures + " tests of exercise " + own + " fail already; fix those first");
        }
        String firstStub = firstStubAsked();
        if (firstStub != null && ExerciseTags.before(firstStub, own)) {
            return Decision.skip("not checked yet: exercise " + firstStub + " comes first");
        }
        return stubbed.contains(own) ? decideStub(own, claim) : Decision.RUN;
    }

    private Decision decideStub(String own, boolean claim) {
        if (stubShown.contains(own)) {
            return Decision.skip("not checked yet: exercise " + own + " is not done yet (see the failure above)");
        }
        if (byKey.values().stream().anyMatch(other -> other.belongsBefore(own) && !done.contains(other.key())
                && decide(other, false).run())) {
            return Decision.skip("not checked yet: exercise " + own + " is not done yet");
        }
        if (claim) {
            stubShown.add(own);
        }
        return Decision.RUN;
    }

    private String firstStubAsked() {
        return stubbed.stream().filter(n -> asked.isEmpty() || asked.contains(n)).min(ExerciseTags.BY_NUMBER).orElse(null);
    }

    private static Set<String> stubsIn(Path module) {
        if (Workbook.stepNumber(module).isEmpty()) {
            return Set.of();
        }
        try {
            return Collections.unmodifiableSet(new TreeSet<>(Workbook.around(module).stubbedIn(module)));
        } catch (IllegalStateException notAWorkbook) {
            return Set.of();
        }
    }

    private static Set<String> numbers(String list) {
        return ExerciseTags.needs(Arrays.stream(list.split("[^\\w.-]+")).map(s -> s.startsWith(ExerciseTags.PREFIX) ? s
                : ExerciseTags.PREFIX + s).filter(s -> s.matches(ExerciseTags.PREFIX + "\\d+\\.\\d+")))
                .stream().collect(Collectors.toCollection(() -> new TreeSet<>(ExerciseTags.BY_NUMBER)));
    }

    /** Run now, or skip with the reason a learner reads. */
    record Decision(boolean run, String reason) {
        static final Decision RUN = new Decision(true, "");

        static Decision skip(String reason) {
            return new Decision(false, reason);
        }
    }
}
