package dev.workbook.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Times the loop a learner runs a hundred times, on the machine it runs on: each step's run in a
 * blank learner edition and in one whose exercises are all done, one exercise's run, the watch
 * mode's save to verdict (see {@link WatchTiming}), and the reference's whole {@code mvn test},
 * each the median of some runs; writes the table into {@code docs/instructors.md}.
 * A benchmark, not a test: nothing here passes or fails on a duration.
 */
public final class LoopTiming {

    static final String BEGIN = "<!-- loop-timing: begin -->";
    static final String END = "<!-- loop-timing: end -->";
    static final String WATCH_BEGIN = "<!-- watch-timing: begin -->";
    static final String WATCH_END = "<!-- watch-timing: end -->";
    private static final long RUN_TIMEOUT_MINUTES = 15;

    private final Workbook reference;
    private final int repetitions;
    private final List<String> table = new ArrayList<>();

    LoopTiming(Workbook reference, int repetitions) {
        this.reference = reference;
        this.repetitions = repetitions;
    }

    /**
     * Arguments: the workbook's root, the repetitions, the step numbers to time (empty for all),
     * and what to time: {@code all}, or {@code watch} for the watch mode's rows alone, in their own table.
     */
    public static void main(String[] args) throws Exception {
        Workbook workbook = Workbook.at(Path.of(args[0]));
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Set<Integer> steps = args.length > 2 && !args[2].isBlank() && !args[2].equals("all")
                ? Arrays.stream(args[2].split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new))
                : Set.of();
        boolean watchOnly = args.length > 3 && args[3].equals("watch");
        new LoopTiming(workbook, repetitions).run(steps, watchOnly);
    }

    private void run(Set<Integer> only, boolean watchOnly) throws Exception {
        Path scratch = Files.createTempDirectory("workbook-loop-");
        Path blank = scratch.resolve("blank");
        Path solved = scratch.resolve("solved");
        Set<Integer> all = reference.steps().stream().map(s -> Workbook.stepNumber(s).orElseThrow()).collect(Collectors.toSet());
        if (!watchOnly) {
            new LearnerEdition(reference).write(blank, all);
        }
        new LearnerEdition(reference).write(solved, Set.of()); // a learner's edition once every exercise is written
        table.add("| What | Command | Median of " + repetitions + " | Runs |");
        table.add("| --- | --- | --- | --- |");
        for (Path step : reference.steps()) {
            int number = Workbook.stepNumber(step).orElseThrow();
            if (!only.isEmpty() && !only.contains(number)) {
                continue;
            }
            String folder = step.getFileName().toString();
            if (watchOnly) {
                timeWatch(solved, step);
                continue;
            }
            time(folder + ", blank learner edition", blank, "test", "-pl", folder, "-am");
            time(folder + ", every exercise done", solved, "test", "-pl", folder, "-am");
            List<ExerciseRegion> regions = reference.regionsIn(step).stream().filter(r -> !r.isJavaScript()).toList();
            if (!regions.isEmpty()) {
                String first = regions.get(0).number();
                time(folder + ", one exercise (" + first + ")", solved, "test", "-pl", folder, "-am", "-Dgroups=exercise-" + first);
            }
            timeWatch(solved, step);
        }
        if (only.isEmpty() && !watchOnly) {
            time("the whole reactor, the reference repository", reference.root(), "test");
        }
        write(watchOnly ? WATCH_BEGIN : BEGIN, watchOnly ? WATCH_END : END);
        System.out.println(String.join("\n", table));
    }

    /**
     * Times the watch on a step's first and last Java exercise (a unit test's and, mostly, an end
     * to end one's verdict) and on its page exercise, if it has one: each save to its verdict.
     */
    private void timeWatch(Path edition, Path step) throws IOException, InterruptedException {
        String folder = step.getFileName().toString();
        List<ExerciseRegion> regions = reference.regionsIn(step);
        List<ExerciseRegion> java = regions.stream().filter(r -> !r.isJavaScript())
                .sorted(Comparator.comparingInt((ExerciseRegion r) -> Integer.parseInt(r.number().substring(r.number().indexOf('.') + 1))))
                .toList();
        List<ExerciseRegion> timed = new ArrayList<>();
        if (!java.isEmpty()) {
            timed.add(java.get(0));
            timed.add(java.get(java.size() - 1));
        }
        regions.stream().filter(ExerciseRegion::isJavaScript).findFirst().ifPresent(timed::add);
        for (ExerciseRegion region : timed.stream().distinct().toList()) {
            WatchTiming.Timed times = new WatchTiming(edition, repetitions).time(folder, region);
            List<Long> sorted = times.millis().stream().sorted().toList();
            table.add("| " + folder + ", watch mode: save to verdict, exercise " + region.number() + " (" + times.lastVerdict()
                    + ") | `./workbook watch` (`exec:java@watch`) | " + seconds(sorted.get(sorted.size() / 2)) + " | "
                    + times.millis().stream().map(LoopTiming::seconds).collect(Collectors.joining(", ")) + " |");
            System.out.println(table.get(table.size() - 1));
        }
    }

    /** Runs {@code mvn -o -q ARGS} in {@code folder} as many times as asked, and adds a row with the median. */
    private void time(String what, Path folder, String... args) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            millis.add(runMaven(folder, args));
        }
        List<Long> sorted = millis.stream().sorted().toList();
        String runs = millis.stream().map(LoopTiming::seconds).collect(Collectors.joining(", "));
        table.add("| " + what + " | `mvn test " + String.join(" ", Arrays.asList(args).subList(1, args.length)) + "` | "
                + seconds(sorted.get(sorted.size() / 2)) + " | " + runs + " |");
        System.out.println(table.get(table.size() - 1));
    }

    private static long runMaven(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(WatchProcess.maven(), "-o", "-q", "-B"));
        command.addAll(Arrays.asList(args));
        Path log = Files.createTempFile("workbook-loop-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " in " + folder + " took over " + RUN_TIMEOUT_MINUTES
                    + " minutes; its output: " + log);
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Files.delete(log);
        return elapsed;
    }


    private void write(String begin, String end) throws IOException {
        Path guide = reference.root().resolve("docs/instructors.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(guide + " has no " + begin + " ... " + end + " block for the table");
        }
        String block = begin + "\n" + "Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores (" + System.getProperty("os.name") + ", Java " + Runtime.version().feature() + "), Maven offline:\n\n"
                + String.join("\n", table) + "\n";
        Files.writeString(guide, text.substring(0, from) + block + text.substring(to), StandardCharsets.UTF_8);
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}
