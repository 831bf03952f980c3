package dev.workbook.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A step's progress on disk, in {@code target/}: {@code exercise-progress.properties}, one line
 * per exercise ({@code exercise.3.4=passed}, {@code failed} or {@code not_run}) plus {@code next}
 * and {@code verdict}, for scripts; and {@code exercise-progress.txt}, the summary as a learner reads it.
 */
final class ProgressFiles {

    static final String PROPERTIES = "target/exercise-progress.properties";
    static final String SUMMARY = "target/exercise-progress.txt";
    private static final String INCOMPLETE = "incomplete";

    private ProgressFiles() {
    }

    static void write(Path module, StepProgress progress, String summary) {
        StringBuilder lines = new StringBuilder();
        progress.exercises().forEach(e -> lines.append("exercise.").append(e.number()).append('=')
                .append(word(e.state())).append('\n'));
        lines.append("next=").append(progress.next().map(StepProgress.ExerciseState::number).orElse("")).append('\n')
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

    /** Marks a run as begun: if it never ends (the JVM died), the summary says so instead of showing an old one. */
    static void begin(Path module) {
        delete(module);
        try {
            Files.createDirectories(module.resolve("target"));
            Files.writeString(module.resolve(PROPERTIES), "verdict=" + INCOMPLETE + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + module.resolve(PROPERTIES), e);
        }
    }

    /** The summary and whether the run failed, as the last run wrote them; empty if no run began. */
    static Optional<Written> read(Path module) {
        Path properties = module.resolve(PROPERTIES);
        Path summary = module.resolve(SUMMARY);
        if (!Files.exists(properties)) {
            return Optional.empty();
        }
        try {
            Properties values = new Properties();
            try (BufferedReader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                values.load(reader);
            }
            String verdict = values.getProperty("verdict", INCOMPLETE);
            String text = Files.exists(summary) ? Files.readString(summary, StandardCharsets.UTF_8).stripTrailing() : "";
            return Optional.of(new Written(text, !"pass".equals(verdict), INCOMPLETE.equals(verdict)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + properties, e);
        }
    }

    /** Forgets the last run's files, so that a run that dies half-way cannot show an old summary. */
    static void delete(Path module) {
        try {
            Files.deleteIfExists(module.resolve(PROPERTIES));
            Files.deleteIfExists(module.resolve(SUMMARY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String word(StepProgress.State state) {
        return state == StepProgress.State.NOT_CHECKED ? "not_run" : state.name().toLowerCase(Locale.ROOT);
    }

    /** A summary on disk; {@code incomplete} when its run began and never ended. */
    record Written(String summary, boolean failed, boolean incomplete) {
    }
}
