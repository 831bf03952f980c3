package dev.workbook.testkit;

import dev.workbook.tools.LastRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A step's progress on disk, in {@code target/}: {@code exercise-progress.properties}, one line
 * per exercise ({@code exercise.3.4=passed}, {@code failed} or {@code not_run}, as the last run
 * that checked it saw it) plus {@code next} and {@code verdict}, for scripts; and
 * {@code exercise-progress.txt}, the last run's summary as a learner reads it.
 */
final class ProgressFiles {

    static final String PROPERTIES = LastRuns.FILE;
    static final String SUMMARY = "target/exercise-progress.txt";
    private static final String INCOMPLETE = "incomplete";
    private static final String NOT_RUN = "not_run";
    private static final String EXERCISE = "exercise.";
    private static final Set<String> KEPT = Set.of("passed", "failed");

    private ProgressFiles() {
    }

    /**
     * Writes a run's progress. An exercise the run did not check keeps the verdict of the last run
     * that did, unless it is a stub again: so {@code ./workbook test 2.4}, or a run of the page
     * tests alone, does not turn exercises that passed before into "not checked".
     */
    static void write(Path module, StepProgress progress, String summary) {
        Map<String, String> earlier = exerciseLines(module);
        Map<String, String> words = new LinkedHashMap<>();
        progress.exercises().forEach(e -> words.put(e.number(), e.state() == StepProgress.State.NOT_CHECKED && !e.stub()
                ? earlier.getOrDefault(e.number(), NOT_RUN) : word(e.state())));
        StringBuilder lines = new StringBuilder();
        words.forEach((number, word) -> lines.append(EXERCISE).append(number).append('=').append(word).append('\n'));
        String next = progress.keeping(kept(earlier)).next().map(StepProgress.ExerciseState::number).orElse("");
        lines.append("next=").append(next).append('\n')
                .append("tests.failed=").append(progress.testsFailed()).append('\n')
                .append("verdict=").append(progress.fails() ? "fail" : "pass").append('\n');
        try {
            Files.createDirectories(module.resolve("target"));
            Files.writeString(module.resolve(PROPERTIES), lines, StandardCharsets.UTF_8);
            Files.writeString(module.resolve(SUMMARY), summary + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the progress summary under " + module.resolve("target"), e);
        }
    }

    /** Each exercise's verdict in the last run that checked it, passed or failed, as the files on disk keep them. */
    static Map<String, StepProgress.State> keptBefore(Path module) {
        return kept(exerciseLines(module));
    }

    private static Map<String, StepProgress.State> kept(Map<String, String> verdicts) {
        return verdicts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> StepProgress.State.valueOf(e.getValue().toUpperCase(Locale.ROOT))));
    }

    /** Marks a run as begun: if it never ends (the JVM died), the summary says so instead of showing an old one. */
    static void begin(Path module) {
        keepOnlyVerdicts(module, "verdict=" + INCOMPLETE + "\n");
    }

    /** The summary and whether the run failed, as the last run wrote them; empty if no run began. */
    static Optional<Written> read(Path module) {
        Path summary = module.resolve(SUMMARY);
        Properties values = LastRuns.properties(module);
        if (!values.containsKey("verdict")) {
            return Optional.empty();
        }
        try {
            String verdict = values.getProperty("verdict");
            String text = Files.exists(summary) ? Files.readString(summary, StandardCharsets.UTF_8).stripTrailing() : "";
            return Optional.of(new Written(text, !"pass".equals(verdict), INCOMPLETE.equals(verdict)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + summary, e);
        }
    }

    /**
     * Forgets the last run's summary and verdict, so that a run that dies half-way cannot show an
     * old one; the exercises' verdicts stay, for the next run to keep those it does not check.
     */
    static void forgetLastRun(Path module) {
        keepOnlyVerdicts(module, "");
    }

    private static void keepOnlyVerdicts(Path module, String more) {
        StringBuilder lines = new StringBuilder();
        exerciseLines(module).forEach((number, word) -> lines.append(EXERCISE).append(number).append('=').append(word).append('\n'));
        try {
            Files.deleteIfExists(module.resolve(SUMMARY));
            if (lines.isEmpty() && more.isEmpty()) {
                Files.deleteIfExists(module.resolve(PROPERTIES));
                return;
            }
            Files.createDirectories(module.resolve("target"));
            Files.writeString(module.resolve(PROPERTIES), lines + more, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + module.resolve(PROPERTIES), e);
        }
    }

    /** The verdicts on disk that a run can keep: exercise number to {@code passed} or {@code failed}. */
    private static Map<String, String> exerciseLines(Path module) {
        Properties values = LastRuns.properties(module);
        Map<String, String> lines = new TreeMap<>(ExerciseTags.BY_NUMBER);
        values.stringPropertyNames().stream().filter(key -> key.startsWith(EXERCISE))
                .filter(key -> KEPT.contains(values.getProperty(key)))
                .forEach(key -> lines.put(key.substring(EXERCISE.length()), values.getProperty(key)));
        return lines;
    }

    private static String word(StepProgress.State state) {
        return state == StepProgress.State.NOT_CHECKED ? NOT_RUN : state.name().toLowerCase(Locale.ROOT);
    }

    /** A summary on disk; {@code incomplete} when its run began and never ended. */
    record Written(String summary, boolean failed, boolean incomplete) {
    }
}
