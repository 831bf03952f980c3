package dev.workbook.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Autobahn suite's {@code index.json} after a run and fails the build unless every
 * case ran and none was FAILED or NON-STRICT; the plugin alone passes a server that died half-way.
 *
 * <p>Arguments: the report folder, the number of cases expected, and a folder to copy the
 * reports to (the plugin writes them where Maven was started, which differs with {@code -pl}).
 */
public final class AutobahnVerdict {

    private static final Pattern CASE = Pattern.compile("\"(\\d+(?:\\.\\d+)+)\"\\s*:\\s*\\{[^{}]*?\"behavior\"\\s*:\\s*\"([A-Z -]+)\"");

    private AutobahnVerdict() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        int expectedCases = Integer.parseInt(args[1]);
        Path copyTo = Path.of(args[2]);
        Map<String, String> behaviour = read(reports.resolve("index.json"));
        copy(reports, copyTo);

        Map<String, Integer> counts = new TreeMap<>();
        behaviour.values().forEach(b -> counts.merge(b, 1, Integer::sum));
        Map<String, String> bad = new TreeMap<>();
        behaviour.forEach((id, b) -> {
            if (!b.equals("OK") && !b.equals("INFORMATIONAL")) {
                bad.put(id, b);
            }
        });
        System.out.println("Autobahn: " + behaviour.size() + " cases " + counts + "; report: " + copyTo.resolve("index.html"));
        if (behaviour.size() != expectedCases) {
            throw new IllegalStateException("Autobahn ran " + behaviour.size() + " cases, not " + expectedCases
                    + ": did the server stop answering? See " + copyTo.resolve("index.html"));
        }
        if (!bad.isEmpty()) {
            throw new IllegalStateException("Autobahn cases not OK: " + bad + ". See " + copyTo.resolve("index.html"));
        }
    }

    static Map<String, String> read(Path index) throws IOException {
        Map<String, String> behaviour = new TreeMap<>();
        Matcher matcher = CASE.matcher(Files.readString(index, StandardCharsets.UTF_8));
        while (matcher.find()) {
            behaviour.put(matcher.group(1), matcher.group(2));
        }
        return behaviour;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
