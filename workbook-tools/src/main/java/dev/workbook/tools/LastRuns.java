package dev.workbook.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last test run of a step that checked each exercise said about it, as the progress
 * summary leaves it in {@code target/exercise-progress.properties}: {@code exercise.1.4=passed},
 * {@code failed} or {@code not_run}.
 */
public final class LastRuns {

    /** Where the progress summary writes its verdicts, inside a step's folder. */
    public static final String FILE = "target/exercise-progress.properties";

    private final Properties values;

    private LastRuns(Properties values) {
        this.values = values;
    }

    /** The last run of {@code step}; empty verdicts when it has never run. */
    public static LastRuns of(Path step) {
        return new LastRuns(properties(step));
    }

    /** The file's lines as they are, for the test kit that writes them; none when the step has never run. */
    public static Properties properties(Path step) {
        Properties values = new Properties();
        Path file = step.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }
        return values;
    }

    /** Whether any run of the step wrote its verdicts. */
    public boolean ran() {
        return values.containsKey("verdict") || values.stringPropertyNames().stream().anyMatch(key -> key.startsWith("exercise."));
    }

    /** The verdict of the last run that checked an exercise: {@code passed}, {@code failed}, {@code not_run}, or empty. */
    public Optional<String> state(String number) {
        return Optional.ofNullable(values.getProperty("exercise." + number));
    }

    /** Whether the last run saw the exercise pass. */
    public boolean passed(String number) {
        return state(number).filter("passed"::equals).isPresent();
    }

    /** The word the exercise map shows for an exercise. */
    public String describe(String number) {
        if (!ran()) {
            return "not run yet";
        }
        return switch (state(number).orElse("not_run")) {
            case "passed" -> "passes";
            case "failed" -> "fails";
            default -> "not checked yet";
        };
    }
}
