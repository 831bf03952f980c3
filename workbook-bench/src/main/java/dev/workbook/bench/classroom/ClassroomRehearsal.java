package dev.workbook.bench.classroom;

import dev.workbook.classroom.ClassroomBoard;
import dev.workbook.classroom.ClassroomSettings;
import dev.workbook.classroom.KnownExercises;
import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.Workbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A classroom rehearsal on one machine: the board, and {@code learners} learner editions of step
 * 01, each with its watch mode running, whose learners write exercises 1.1 to 1.10 one save at a
 * time, a second apart; for every save it times the watch's verdict and the board's showing it.
 * Target: the board within 1 s of each verdict.
 *
 * <p>{@code mvn -q -pl workbook-bench -am compile exec:java@classroom-rehearsal}
 * ({@code -Dbench.rehearsal.learners=3}); writes {@code classroom-rehearsal.md} to {@code bench.out}.
 */
public final class ClassroomRehearsal {

    static final long TARGET_MILLIS = 1000;
    private static final int STEP = 1;
    private static final long START_SECONDS = 600;
    private static final long VERDICT_SECONDS = 120;
    /** Learners do not save in the same millisecond; a second apart, their runs still overlap. */
    private static final long BETWEEN_SAVES_MILLIS = 1000;

    private ClassroomRehearsal() {
    }

    /** One save: how long to the watch's verdict, and from the verdict to the board (-1 when the board never showed it). */
    record Save(String learner, String exercise, long verdictMillis, long boardMillis) {
    }

    public static void main(String[] args) throws Exception {
        Workbook reference = Workbook.at(Path.of(System.getProperty("bench.root", "..")).toAbsolutePath().normalize());
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        int count = Integer.getInteger("bench.rehearsal.learners", 3);
        Path scratch = Files.createTempDirectory("classroom-rehearsal");
        List<String> exercises = reference.regions().stream().filter(r -> r.step() == STEP).map(ExerciseRegion::number).distinct()
                .sorted(KnownExercises.BY_NUMBER).toList();
        System.out.printf(Locale.ROOT, "[bench] rehearsal: the board and %d learner editions in %s, exercises %s, on %d cores%n",
                count, scratch, exercises, Runtime.getRuntime().availableProcessors());
        ClassroomSettings settings = new ClassroomSettings("127.0.0.1", 0, "REHEARSAL", scratch.resolve("board.json"),
                Duration.ofMinutes(15));
        List<Save> saves = new ArrayList<>();
        try (ClassroomBoard board = ClassroomBoard.start(settings, KnownExercises.of(reference.root()))) {
            BoardRows rows = BoardRows.open(board.port());
            List<RehearsalLearner> learners = new ArrayList<>();
            try {
                for (int i = 1; i <= count; i++) {
                    learners.add(RehearsalLearner.start("Learner " + i, reference, scratch.resolve("learner-" + i), STEP, board.url(),
                            board.classCode()));
                }
                for (RehearsalLearner learner : learners) {
                    if (learner.nextVerdict(START_SECONDS) == 0) {
                        throw new IllegalStateException(learner.name() + "'s watch gave no first verdict:\n" + learner.tail());
                    }
                }
                for (String exercise : exercises) {
                    saves.addAll(round(exercise, learners, rows));
                }
            } finally {
                for (RehearsalLearner learner : learners) {
                    learner.close();
                }
                rows.closeBlocking();
            }
        }
        String table = table(count, saves);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("classroom-rehearsal.md"), table);
        System.out.println("[bench] wrote " + out.resolve("classroom-rehearsal.md").toAbsolutePath());
    }

    /** Every learner saves {@code exercise}, a second apart; then each verdict, and the board's showing it, is timed. */
    private static List<Save> round(String exercise, List<RehearsalLearner> learners, BoardRows rows) throws Exception {
        List<Long> saved = new ArrayList<>();
        learners.forEach(RehearsalLearner::forgetVerdicts);
        for (RehearsalLearner learner : learners) {
            saved.add(learner.write(exercise));
            Thread.sleep(BETWEEN_SAVES_MILLIS); // learners' pace, not a wait for an event
        }
        List<Save> saves = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            RehearsalLearner learner = learners.get(i);
            long verdict = learner.nextVerdict(VERDICT_SECONDS);
            if (verdict == 0) {
                throw new IllegalStateException(learner.name() + " got no verdict for " + exercise + ":\n" + learner.tail());
            }
            long shown = rows.awaitPassed(learner.name(), exercise, 10_000);
            saves.add(new Save(learner.name(), exercise, TimeUnit.NANOSECONDS.toMillis(verdict - saved.get(i)),
                    shown == 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(Math.max(0, shown - verdict))));
            System.out.printf(Locale.ROOT, "[bench] %s, exercise %s: verdict %d ms after the save, on the board %s (%s)%n",
                    learner.name(), exercise, saves.get(i).verdictMillis(),
                    shown == 0 ? "never" : saves.get(i).boardMillis() + " ms after it",
                    learner.lastVerdict());
        }
        return saves;
    }

    static String table(int learners, List<Save> saves) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Classroom rehearsal, %s, %d cores, Java %s: the board and "
                        + "%d learner editions with their watch modes, on one machine%n%n"
                        + "| exercise | saves | save to verdict, median | max | verdict to board, median | max | verdict |%n"
                        + "|---|---:|---:|---:|---:|---:|---|%n", Instant.now().toString().substring(0, 10),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.runtime.version"), learners));
        List<String> exercises = saves.stream().map(Save::exercise).distinct().toList();
        for (String exercise : exercises) {
            List<Save> these = saves.stream().filter(s -> s.exercise().equals(exercise)).toList();
            List<Long> verdicts = sorted(these.stream().map(Save::verdictMillis).toList());
            List<Long> board = sorted(these.stream().map(Save::boardMillis).toList());
            boolean missed = board.contains(-1L) || board.get(board.size() - 1) >= TARGET_MILLIS;
            text.append(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.1f s | %s | %s | %s |%n", exercise, these.size(),
                    median(verdicts) / 1000.0, verdicts.get(verdicts.size() - 1) / 1000.0, millis(median(board)),
                    millis(board.get(board.size() - 1)), missed ? "misses the target (board within 1 s)" : "meets the target"));
        }
        return text.toString();
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(long value) {
        return value < 0 ? "never" : value + " ms";
    }
}
