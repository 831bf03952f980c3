package dev.workbook.testkit;

import dev.workbook.testkit.StepProgress.ExerciseState;
import dev.workbook.testkit.StepProgress.State;
import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.ExerciseReset;
import dev.workbook.tools.Hints;
import dev.workbook.tools.LearnerEdition;
import dev.workbook.tools.Workbook;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The watch's core loop: takes keys and saves one at a time, rebuilds what changed, reruns the
 * current exercise's tests, shows the verdict, and moves on to the next exercise once it passes.
 * Everything it depends on comes in, so that its tests drive it without a terminal or a clock.
 */
final class WatchLoop {

    /**
     * How the watch is set up.
     *
     * @param deadline how long one exercise's run may take before it is stopped; twice that for a page's, which starts a browser
     * @param stay whether to stay on one exercise when it passes (the loop benchmark times the same one again)
     * @param browserMissing why page exercises cannot be checked here, when they cannot
     */
    record Settings(Duration deadline, boolean stay, Optional<String> browserMissing) {
    }

    private final Path module;
    private final Workbook workbook;
    private final ChangedSources build;
    private final PrintStream out;
    private final LongSupplier clock;
    private final Settings settings;
    private final WatchProgress progress;
    private final String stepPackage;
    private String current;
    private boolean askingReset;
    /** A run's progress was written and the class board, if there is one, has not heard of it yet. */
    private boolean reportPending;

    WatchLoop(Path module, ChangedSources build, PrintStream out, LongSupplier clock, Settings settings, Optional<String> start) {
        this.module = module;
        this.workbook = Workbook.around(module);
        this.build = build;
        this.out = out;
        this.clock = clock;
        this.settings = settings;
        this.progress = WatchProgress.read(module, workbook);
        this.stepPackage = stepPackage(workbook.regionsIn(module));
        this.current = start.filter(progress::has).or(progress::start).orElse(null);
    }

    /** Handles inputs until {@code q}. */
    void run(BlockingQueue<WatchInput> inputs) throws Exception {
        check(Set.of(), clock.getAsLong());
        build.warmUp(workbook.regionsIn(module).stream().map(r -> workbook.root().resolve(r.file())).collect(Collectors.toSet()));
        while (handle(inputs.take())) {
            // one input at a time: a save while a run is under way waits in the queue
        }
    }

    /** Handles one input; false once the learner quits. */
    boolean handle(WatchInput input) throws Exception {
        if (input instanceof WatchInput.Saved saved) {
            askingReset = false;
            check(saved.files(), saved.atNanos());
            return true;
        }
        String key = ((WatchInput.Key) input).line().toLowerCase(Locale.ROOT);
        if (askingReset) {
            askingReset = false;
            if (key.equals("y") || key.equals("yes")) {
                reset();
            } else {
                out.println("Not reset.");
            }
            return true;
        }
        return key(key);
    }

    private boolean key(String key) throws Exception {
        switch (key) {
            case "q" -> {
                out.println("[workbook] watch: bye. Your progress is in " + module.getFileName() + "/" + ProgressFiles.SUMMARY);
                return false;
            }
            case "h" -> out.println(current == null ? "Every exercise of this step passes." : Hints.describe(workbook, current));
            case "l" -> out.print(progress.list(current));
            case "n" -> {
                current = current == null ? progress.firstNotPassed().orElse(null) : progress.after(current).orElse(current);
                check(Set.of(), clock.getAsLong());
            }
            case "c" -> checkStep();
            case "r" -> askReset();
            case "" -> check(Set.of(), clock.getAsLong());
            default -> out.println("Keys (then Enter): h hint, n next, l list, c check the whole step, r reset, q quit; "
                    + "Enter alone checks again.");
        }
        return true;
    }

    /** Rebuilds, then reruns the current exercise's tests and shows the verdict. */
    private void check(Set<Path> saved, long since) throws Exception {
        if (current == null) {
            checkStep();
            return;
        }
        ChangedSources.Output output = build.build(saved);
        ExerciseState exercise = progress.of(current);
        StringBuilder screen = new StringBuilder(WatchScreen.header(module, exercise, workbook));
        if (output.errors().isPresent()) {
            screen.append(WatchScreen.doesNotCompile(output.errors().get()));
            show(screen, "does not compile", since);
            return;
        }
        boolean page = exercise.pageExercise() || hasPagePart(current);
        if (page && settings.browserMissing().isPresent()) {
            screen.append("Exercise ").append(current).append(" is checked in a browser, and there is none here:\n  ")
                    .append(settings.browserMissing().get()).append("\nPress n and Enter for the next exercise.\n");
            show(screen, "Exercise " + current + " not checked (no browser)", since);
            return;
        }
        String tag = ExerciseTags.PREFIX + current;
        out.print(WatchScreen.CLEAR + screen);
        BoundedTestRun.Verdict verdict = BoundedTestRun.run(output.urls(), ChangedSources.testClasses(output.classFolders(), tag),
                tags(tag, page), parameters(tag), page ? settings.deadline().multipliedBy(2) : settings.deadline(), stepPackage,
                BoundedTestRun.Until.FIRST_FAILURE, new RunTicker(out, clock));
        String number = current;
        boolean passed = record(verdict, false) && progress.of(number).state() == State.PASSED;
        screen.append(WatchScreen.verdict(number, passed, verdict));
        if (passed && !settings.stay()) {
            Optional<String> next = progress.after(number).filter(n -> !n.equals(number));
            current = next.orElse(null);
            screen.append(next.map(n -> WatchScreen.next(progress.of(n), workbook))
                    .orElse("Every exercise of " + module.getFileName() + " passes. Press c and Enter to check the whole step.\n"));
        }
        screen.append('\n').append(progress.bar()).append('\n');
        show(screen, "Exercise " + number + (passed ? " passes" : " fails"), since);
    }

    /** Runs every test of the step, the page's too when there is a browser, as {@code -Pcheck} does. */
    private void checkStep() throws Exception {
        long since = clock.getAsLong();
        ChangedSources.Output output = build.build(Set.of());
        if (output.errors().isPresent()) {
            show(new StringBuilder(WatchScreen.doesNotCompile(output.errors().get())), "does not compile", since);
            return;
        }
        out.print(WatchScreen.CLEAR + "[workbook] checking the whole of " + module.getFileName() + "\n\n");
        BoundedTestRun.Verdict verdict = BoundedTestRun.run(output.urls(), ChangedSources.testClasses(output.classFolders(), ""),
                tags("", settings.browserMissing().isEmpty()), parameters(""), settings.deadline().multipliedBy(6), stepPackage,
                BoundedTestRun.Until.ALL_RAN, new RunTicker(out, clock));
        record(verdict, true);
        StepProgress whole = new StepProgress(module.getFileName().toString(), progress.exercises(), List.of(), 0, Map.of());
        StringBuilder screen = new StringBuilder(ProgressReport.render(whole)).append('\n');
        verdict.stopped().or(verdict::firstFailure).ifPresent(f -> screen.append("First failure: ").append(f).append('\n'));
        settings.browserMissing().ifPresent(why -> screen.append("The page's tests were not run: ").append(why).append('\n'));
        current = progress.firstNotPassed().orElse(null);
        screen.append(progress.bar()).append('\n');
        show(screen, "the step: " + progress.bar(), since);
    }

    /** Takes a run's progress into the watch's, writes the progress files; false when the run gave none. */
    private boolean record(BoundedTestRun.Verdict verdict, boolean wholeStep) {
        Optional<StepProgress> run = verdict.progress();
        if (run.isPresent()) {
            progress.update(run.get(), wholeStep);
        }
        if (verdict.stopped().isPresent() && current != null) {
            progress.failed(current, "stopped at the deadline");
        }
        progress.write(run.map(StepProgress::testsFailed).orElse(1), run.map(StepProgress::classFailures).orElse(Map.of()));
        reportPending = true;
        return run.isPresent() && verdict.stopped().isEmpty();
    }

    private void askReset() {
        if (current == null) {
            out.println("Nothing to reset: every exercise passes.");
        } else if (!Files.exists(workbook.root().resolve(LearnerEdition.MARKER_FILE))) {
            out.println("This folder is the reference, not a learner edition: a reset would delete a solution. Not reset.");
        } else {
            out.print("Reset exercise " + current + " to its stub? What you wrote is kept in .workbook/backups/. [y/N] ");
            out.flush();
            askingReset = true;
        }
    }

    private void reset() throws Exception {
        Path backup = new ExerciseReset(workbook).reset(current);
        Set<Path> files = Set.copyOf(workbook.regionsIn(module).stream().filter(r -> r.number().equals(current))
                .map(r -> workbook.root().resolve(r.file())).toList());
        check(files, clock.getAsLong());
        out.println("Exercise " + current + " is back to its stub. What you had written is in " + workbook.root().relativize(backup));
    }

    private void show(StringBuilder screen, String verdict, long since) {
        double seconds = (clock.getAsLong() - since) / 1e9;
        out.print(WatchScreen.CLEAR + screen);
        out.printf("[workbook] verdict: %s (%.1f s)%n", verdict, seconds);
        out.println(WatchScreen.KEYS);
        out.flush();
        if (reportPending) {
            reportPending = false; // sent once the verdict is on screen: a board that is slow to answer never delays it
            ClassBoardReport.sendAfterRun(module).ifPresent(out::println);
            out.flush();
        }
    }

    private boolean hasPagePart(String number) {
        return workbook.regionsIn(module).stream().anyMatch(r -> r.number().equals(number) && r.isJavaScript());
    }

    private static String tags(String exerciseTag, boolean browser) {
        return (exerciseTag.isEmpty() ? "" : exerciseTag + " & ") + "!proof & !fuzz & !nginx" + (browser ? "" : " & !browser");
    }

    private Map<String, String> parameters(String asked) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(ExerciseRun.MODULE, module.toString());
        parameters.put(ExerciseRun.ASKED, asked);
        return parameters;
    }

    /** The step's package, from where its exercises are: the frames of a stuck run to show are in it. */
    private static String stepPackage(List<ExerciseRegion> regions) {
        return regions.stream().filter(r -> !r.isJavaScript()).map(ExerciseRegion::file).findFirst()
                .map(file -> {
                    String path = file.toString().replace('\\', '/');
                    int java = path.indexOf("src/main/java/");
                    return path.substring(java + "src/main/java/".length(), path.lastIndexOf('/')).replace('/', '.');
                }).orElse("dev.workbook");
    }

    Optional<String> current() {
        return Optional.ofNullable(current);
    }

    WatchProgress progress() {
        return progress;
    }
}
