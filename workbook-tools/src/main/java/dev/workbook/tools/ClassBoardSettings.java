package dev.workbook.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A learner edition's {@code classroom.properties}: the class board's address, the class code, and
 * the name the learner chose. Only an edition made with a class address has the file; without it
 * nothing is ever sent. The file itself tells the learner what is sent and how to stop it.
 *
 * @param address the board, such as {@code http://192.168.1.20:8050}
 * @param classCode the code the board asks of every report
 * @param name the name the learner chose; empty until they write one
 */
public record ClassBoardSettings(String address, String classCode, String name) {

    /** The file, at the edition's root. */
    public static final String FILE = "classroom.properties";
    /** {@code -Dclassroom.off=true} on any run: nothing is sent. */
    public static final String OFF = "classroom.off";

    /** Checks a class address and code given to {@code edition}, so that a typo fails there and not in every run. */
    public static ClassBoardSettings of(String address, String classCode) {
        String problem = "the class address must look like http://HOST:PORT, not '" + address + "'";
        URI uri;
        try {
            uri = new URI(address.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(problem);
        }
        if (!classCode.matches("[A-Za-z0-9-]{3,40}")) {
            throw new IllegalArgumentException("the class code must be 3 to 40 letters, digits or -, not '" + classCode + "'");
        }
        return new ClassBoardSettings(address.trim().replaceAll("/+$", ""), classCode, "");
    }

    /** Writes the file into the edition at {@code root}. */
    public void writeTo(Path root) throws IOException {
        String text = "# The class board. After each run of a step's tests (or of the watch), your progress is sent to\n"
                + "# your instructor's board, and the run prints one line saying what it sent.\n"
                + "# What is sent: the name below, the class code, the step you ran, the exercise to do next, and each\n"
                + "# exercise's state (passed, failed, not_run). Never your code, never the contents of a file.\n"
                + "# To stop sending: delete this file, or add -Dclassroom.off=true to a run.\n"
                + "address=" + address + "\n"
                + "class-code=" + classCode + "\n"
                + "# The name the board shows: 1 to 32 letters, digits, spaces or . , ; / _ ' & ( ) -. Nothing is sent while it is empty.\n"
                + "name=" + name + "\n";
        Files.writeString(root.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /** The settings of the edition at {@code root}, if it was made with a class address. */
    public static Optional<ClassBoardSettings> readFrom(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return Optional.of(new ClassBoardSettings(values.getProperty("address", "").trim(),
                values.getProperty("class-code", "").trim(), values.getProperty("name", "").trim()));
    }
}
