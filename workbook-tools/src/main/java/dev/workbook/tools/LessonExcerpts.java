package dev.workbook.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the code shown in the lessons identical to the tested source it quotes.
 *
 * <p>In a lesson, a line {@code <!-- excerpt: path/File.java#tag -->} followed by a fenced code
 * block quotes the region {@code tag} of that file (see {@link SourceTags}). {@link #all} lists
 * every excerpt, each saying whether it matches its source; {@link #update} rewrites the blocks to match. Its
 * {@link #main}, {@code exec:java@excerpts}, also brings each lesson's exercise map up to date
 * ({@link LessonMaps}).
 */
public final class LessonExcerpts {

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*excerpt:\\s*(\\S+)#([\\w-]+)\\s*-->\\s*$");

    /** One excerpt in a lesson, and what its source says now. */
    public record Excerpt(Path lesson, int markerLine, String sourcePath, String tag,
                          List<String> shown, List<String> source, SourceTags.Region region) {
        public boolean inSync() {
            return shown.equals(source);
        }
    }

    private final Path root;

    public LessonExcerpts(Path root) {
        this.root = root;
    }

    /** Every excerpt in every lesson under {@code docs/}. */
    public List<Excerpt> all() {
        try (Stream<Path> lessons = Files.list(root.resolve("docs"))) {
            List<Excerpt> excerpts = new ArrayList<>();
            for (Path lesson : lessons.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                excerpts.addAll(excerptsOf(lesson));
            }
            return excerpts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites every out-of-date code block; returns how many changed. */
    public int update() throws IOException {
        int changed = 0;
        for (Path lesson : all().stream().filter(e -> !e.inSync()).map(Excerpt::lesson).distinct().collect(Collectors.toList())) {
            List<String> lines = new ArrayList<>(Files.readAllLines(lesson, StandardCharsets.UTF_8));
            List<Excerpt> stale = excerptsOf(lesson);
            for (int k = stale.size() - 1; k >= 0; k--) {
                Excerpt excerpt = stale.get(k);
                int open = excerpt.markerLine();
                int close = open + 1 + excerpt.shown().size();
                lines.subList(open + 1, close).clear();
                lines.addAll(open + 1, excerpt.source());
                changed += excerpt.inSync() ? 0 : 1;
            }
            Files.write(lesson, lines, StandardCharsets.UTF_8);
        }
        return changed;
    }

    private List<Excerpt> excerptsOf(Path lesson) {
        List<String> lines = readLines(lesson);
        List<Excerpt> excerpts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (marker.matches()) {
                excerpts.add(excerptAt(lesson, lines, i, marker.group(1), marker.group(2)));
            }
        }
        return excerpts;
    }

    private Excerpt excerptAt(Path lesson, List<String> lines, int markerIndex, String sourcePath, String tag) {
        int open = markerIndex + 1;
        if (open >= lines.size() || !lines.get(open).startsWith("```")) {
            throw new IllegalStateException(where(lesson, markerIndex) + ": an excerpt marker must be followed by a ``` code block");
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).startsWith("```")) {
            close++;
        }
        Path source = root.resolve(sourcePath);
        if (!Files.exists(source)) {
            throw new IllegalStateException(where(lesson, markerIndex) + ": quotes " + sourcePath + ", which does not exist");
        }
        SourceTags.Region region = SourceTags.find(readLines(source), tag).orElseThrow(() -> new IllegalStateException(
                where(lesson, markerIndex) + ": " + sourcePath + " has no region tag::" + tag + "[]"));
        return new Excerpt(lesson, open, sourcePath, tag, List.copyOf(lines.subList(open + 1, close)), region.lines(), region);
    }

    private String where(Path lesson, int index) {
        return root.relativize(lesson) + ":" + (index + 1);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code mvn -q -pl workbook-tools compile exec:java@excerpts}: brings every excerpt and exercise map up to date. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        int changed = new LessonExcerpts(root).update();
        int maps = new LessonMaps(Workbook.at(root)).update();
        System.out.println(changed == 0 ? "Every lesson excerpt matches its source." : "Updated " + changed + " lesson excerpt(s).");
        System.out.println(maps == 0 ? "Every lesson's exercise map matches the code and the tests' tags."
                : "Updated the exercise map of " + maps + " lesson(s).");
    }
}
