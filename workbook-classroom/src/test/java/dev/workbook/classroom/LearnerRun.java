package dev.workbook.classroom;

import dev.workbook.testkit.ProgressSummary;
import dev.workbook.tools.ClassBoardSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A learner's edition reduced to what a run's end reads: {@code classroom.properties} at its root,
 * and a step's {@code target/exercise-progress.properties} as its tests wrote them. {@link #finish}
 * then runs the very {@link ProgressSummary} that ends every {@code mvn test} of a step.
 */
final class LearnerRun {

    private final Path edition;

    private LearnerRun(Path edition) {
        this.edition = edition;
    }

    /** An edition in {@code folder} reporting to {@code boardUrl} as {@code name}. */
    static LearnerRun edition(Path folder, String boardUrl, String code, String name) throws IOException {
        Files.createDirectories(folder.resolve("docs"));
        Files.writeString(folder.resolve("pom.xml"), "<project/>\n");
        new ClassBoardSettings(boardUrl, code, name).writeTo(folder);
        return new LearnerRun(folder);
    }

    /** Writes a passing run's progress of {@code step} and runs the summary; returns what it printed. */
    String finish(String step, String next, Map<String, String> states) throws IOException {
        Path module = edition.resolve(step);
        Files.createDirectories(module.resolve("target"));
        StringBuilder lines = new StringBuilder();
        states.forEach((number, state) -> lines.append("exercise.").append(number).append('=').append(state).append('\n'));
        lines.append("next=").append(next).append("\ntests.failed=0\nverdict=pass\n");
        Files.writeString(module.resolve("target/exercise-progress.properties"), lines, StandardCharsets.UTF_8);
        Files.writeString(module.resolve("target/exercise-progress.txt"), "[workbook] " + step + ": a run\n", StandardCharsets.UTF_8);
        return Printed.by(() -> ProgressSummary.main(new String[] {"after", module.toString(), "false", "false"}));
    }
}
