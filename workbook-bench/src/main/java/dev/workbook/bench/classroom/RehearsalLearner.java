package dev.workbook.bench.classroom;

import dev.workbook.tools.ClassBoardSettings;
import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.ExerciseRegions;
import dev.workbook.tools.LearnerEdition;
import dev.workbook.tools.WatchProcess;
import dev.workbook.tools.Workbook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One learner of a rehearsal: a learner edition of their own, made with the board's address, its
 * watch mode running in a Maven process, and the reference's answers written in one exercise at a
 * time, as a learner saving them would.
 */
final class RehearsalLearner implements AutoCloseable {

    private final String name;
    private final Workbook reference;
    private final Workbook edition;
    private final Process watch;
    private final BlockingQueue<Long> verdicts = new LinkedBlockingQueue<>();
    private volatile String lastVerdict = "";
    private volatile String lastReport = "";
    private final List<String> lastLines = new ArrayList<>();

    private RehearsalLearner(String name, Workbook reference, Workbook edition, Process watch) {
        this.name = name;
        this.reference = reference;
        this.edition = edition;
        this.watch = watch;
        Thread reader = new Thread(this::readVerdicts, "rehearsal-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes {@code name}'s edition of {@code stepNumber} (blank) into {@code folder} and starts its watch. */
    static RehearsalLearner start(String name, Workbook reference, Path folder, int stepNumber, String boardUrl, String classCode)
            throws IOException {
        new LearnerEdition(reference).write(folder, Set.of(stepNumber));
        ClassBoardSettings.of(boardUrl, classCode).writeTo(folder);
        Path settings = folder.resolve(ClassBoardSettings.FILE);
        Files.writeString(settings, Files.readString(settings).replace("\nname=\n", "\nname=" + name + "\n"));
        Workbook edition = Workbook.at(folder);
        String step = reference.root().relativize(step(reference, stepNumber)).toString();
        Process watch = WatchProcess.start(folder, step, List.of());
        return new RehearsalLearner(name, reference, edition, watch);
    }

    String name() {
        return name;
    }

    /** Waits for the watch's next verdict; its time (System.nanoTime), or 0 after {@code timeoutSeconds}. */
    long nextVerdict(long timeoutSeconds) throws InterruptedException {
        Long at = verdicts.poll(timeoutSeconds, TimeUnit.SECONDS);
        return at == null ? 0 : at;
    }

    /** Drops verdicts already printed, so that the next one waited for is a new save's. */
    void forgetVerdicts() {
        verdicts.clear();
    }

    /** Writes the reference's answer to {@code number} into every region of it; returns when the last file was saved. */
    long write(String number) throws IOException {
        long saved = 0;
        List<Path> files = reference.regions().stream().filter(r -> r.number().equals(number)).map(ExerciseRegion::file).distinct()
                .toList();
        for (Path file : files) {
            List<String> answers = Workbook.lines(reference.root().resolve(file));
            List<ExerciseRegion> solved = ExerciseRegions.find(file, answers); // the edition's regions, in the same order
            List<String> ourLines = Workbook.lines(edition.root().resolve(file));
            List<ExerciseRegion> ours = ExerciseRegions.find(file, ourLines);
            List<String> rewritten = ExerciseRegions.rewritten(file, ourLines, region -> Optional.of(solved.get(ours.indexOf(region)))
                    .filter(answer -> region.number().equals(number) && answer.number().equals(number))
                    .map(answer -> answers.subList(answer.beginLine(), answer.endLine() - 1)));
            Files.write(edition.root().resolve(file), rewritten, StandardCharsets.UTF_8);
            saved = System.nanoTime();
        }
        return saved;
    }

    /** The last verdict's words, and the line the watch printed about its report to the board. */
    String lastVerdict() {
        return lastVerdict + (lastReport.isEmpty() ? "" : "; " + lastReport);
    }

    /** The watch's last lines, for a report of what went wrong. */
    synchronized String tail() {
        return String.join("\n", lastLines);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        WatchProcess.quit(watch, 30);
    }

    private void readVerdicts() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Optional<String> verdict = WatchProcess.verdictIn(line);
                if (verdict.isPresent()) {
                    lastVerdict = verdict.get();
                    verdicts.add(System.nanoTime());
                } else if (line.contains("class board")) {
                    lastReport = line.strip();
                }
                synchronized (this) {
                    lastLines.add(line);
                    if (lastLines.size() > 40) {
                        lastLines.remove(0);
                    }
                }
            }
        } catch (IOException ended) {
            // the process is gone; close() reports nothing more
        }
    }

    private static Path step(Workbook workbook, int number) {
        return workbook.steps().stream().filter(dir -> Workbook.stepNumber(dir).orElse(-1) == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + number + " in " + workbook.root()));
    }
}
