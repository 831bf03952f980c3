package dev.workbook.testkit;

import dev.workbook.testkit.StepProgress.ExerciseState;
import dev.workbook.testkit.StepProgress.State;
import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.LastRuns;
import dev.workbook.tools.LessonSection;
import dev.workbook.tools.Workbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each exercise of the watched step stands: read from the last run's progress file, then
 * updated by each of the watch's runs (a run of one exercise changes that exercise's line only),
 * and written back in the same file, so that the other commands agree with the watch.
 */
final class WatchProgress {

    private static final int BAR_WIDTH = 20;

    private final Path module;
    private final Map<String, ExerciseState> states = new TreeMap<>(ExerciseTags.BY_NUMBER);
    private String next = "";

    private WatchProgress(Path module) {
        this.module = module;
    }

    /** The step's exercises, as the last run left them (not checked, if none ran). */
    static WatchProgress read(Path module, Workbook workbook) {
        WatchProgress progress = new WatchProgress(module);
        Properties written = LastRuns.properties(module);
        Set<String> stubbed = workbook.stubbedIn(module);
        Map<String, LessonSection> lessons = workbook.lessons();
        Map<String, Boolean> pageOnly = new TreeMap<>(ExerciseTags.BY_NUMBER);
        for (ExerciseRegion region : workbook.regionsIn(module)) {
            pageOnly.merge(region.number(), region.isJavaScript(), Boolean::logicalAnd);
        }
        pageOnly.forEach((number, page) -> {
            LessonSection section = lessons.get(number);
            State state = switch (written.getProperty("exercise." + number, "not_run")) {
                case "passed" -> State.PASSED;
                case "failed" -> State.FAILED;
                default -> State.NOT_CHECKED;
            };
            progress.states.put(number, new ExerciseState(number, section == null ? "" : section.title(),
                    section == null ? "docs/README.md" : section.link(), state, "", stubbed.contains(number), page));
        });
        progress.next = written.getProperty("next", "");
        return progress;
    }


    /** The exercise to start on: the one the last run named next, else the first that does not pass. */
    Optional<String> start() {
        return has(next) ? Optional.of(next) : firstNotPassed();
    }

    /** Whether the step has exercise {@code number}; anything else, an empty line included, it has not. */
    boolean has(String number) {
        return number.matches("\\d+\\.\\d+") && states.containsKey(number);
    }

    Optional<String> firstNotPassed() {
        return states.values().stream().filter(e -> e.state() != State.PASSED).map(ExerciseState::number).findFirst();
    }

    /** The first exercise after {@code number} that does not pass yet, else the first anywhere that does not. */
    Optional<String> after(String number) {
        return states.values().stream().filter(e -> ExerciseTags.before(number, e.number()) && e.state() != State.PASSED)
                .map(ExerciseState::number).findFirst().or(this::firstNotPassed);
    }

    ExerciseState of(String number) {
        return states.get(number);
    }

    List<ExerciseState> exercises() {
        return new ArrayList<>(states.values());
    }

    /** Takes what a run checked: a run of one exercise leaves the others' lines as they were, a run of the step replaces all. */
    void update(StepProgress run, boolean wholeStep) {
        for (ExerciseState fresh : run.exercises()) {
            ExerciseState old = states.get(fresh.number());
            boolean keep = !wholeStep && old != null && fresh.state() == State.NOT_CHECKED;
            states.put(fresh.number(), keep ? new ExerciseState(old.number(), old.title(), old.link(), old.state(), old.note(),
                    fresh.stub(), old.pageExercise()) : fresh);
        }
    }

    /** Marks one exercise failed without a progress to take it from: its run was stopped. */
    void failed(String number, String note) {
        ExerciseState old = states.get(number);
        states.put(number, new ExerciseState(number, old.title(), old.link(), State.FAILED, note, old.stub(), old.pageExercise()));
    }

    /** Writes the progress files a step's {@code mvn test} writes, with these lines. */
    void write(int testsFailed, Map<String, String> classFailures) {
        StepProgress progress = new StepProgress(module.getFileName().toString(), exercises(), List.of(), testsFailed, classFailures);
        ProgressFiles.write(module, progress, ProgressReport.render(progress));
        next = progress.next().map(ExerciseState::number).orElse("");
    }

    /** "[########............] 8 of 20 exercises pass". */
    String bar() {
        long passed = states.values().stream().filter(e -> e.state() == State.PASSED).count();
        int filled = states.isEmpty() ? 0 : (int) (passed * BAR_WIDTH / states.size());
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + passed + " of " + states.size() + " exercises pass";
    }

    /** The checklist {@code l} prints, the current exercise marked. */
    String list(String current) {
        StringBuilder text = new StringBuilder("[x] passes  [ ] fails  [-] not checked yet\n");
        for (ExerciseState e : states.values()) {
            String mark = e.state() == State.PASSED ? "[x]" : e.state() == State.FAILED ? "[ ]" : "[-]";
            text.append(e.number().equals(current) ? "> " : "  ").append(mark).append(' ').append(e.number()).append(' ')
                    .append(e.title()).append(e.stub() ? "   (not started)" : "").append(e.pageExercise() ? "   (page, in the browser)" : "")
                    .append('\n');
        }
        return text.toString();
    }
}
