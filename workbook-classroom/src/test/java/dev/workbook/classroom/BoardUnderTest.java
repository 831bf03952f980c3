package dev.workbook.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A board on loopback and a port the OS chooses, with its state in a test's folder, for the workbook beside the tests. */
final class BoardUnderTest implements AutoCloseable {

    static final String CODE = "TEST-CLASS";
    static final KnownExercises KNOWN = KnownExercises.of(Path.of("").toAbsolutePath().getParent());

    private final ClassroomBoard board;

    private BoardUnderTest(ClassroomBoard board) {
        this.board = board;
    }

    static BoardUnderTest start(Path stateFile) throws IOException {
        return start(stateFile, Duration.ofMinutes(15));
    }

    static BoardUnderTest start(Path stateFile, Duration stuckAfter) throws IOException {
        return new BoardUnderTest(ClassroomBoard.start(ClassroomSettings.forTest(CODE, stateFile, stuckAfter), KNOWN));
    }

    ClassroomBoard board() {
        return board;
    }

    String url() {
        return board.url();
    }

    String liveUrl() {
        return "ws://127.0.0.1:" + board.port() + "/live";
    }

    /** A report's JSON, as a learner's run sends it. */
    static String report(String code, String name, String step, String next, String exercises) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"step\":\""
                + step + "\",\"next\":\"" + next + "\",\"exercises\":{" + exercises + "}}";
    }

    @Override
    public void close() {
        board.close();
    }
}
