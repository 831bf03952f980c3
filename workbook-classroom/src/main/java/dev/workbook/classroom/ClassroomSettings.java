package dev.workbook.classroom;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a board runs: where it listens, the code a report must carry, where it keeps its state, and
 * how long on one exercise counts as stuck.
 *
 * @param host the address to listen on: {@code 0.0.0.0} in a classroom, so learners' machines reach it
 * @param port the port, or 0 to let the OS choose (tests)
 * @param classCode the code every report must carry; blank to keep the saved one or make one up
 * @param stateFile where the board is saved, so that it survives its own restart
 * @param stuckAfter how long a learner may stay on one exercise before the board marks them
 */
public record ClassroomSettings(String host, int port, String classCode, Path stateFile, Duration stuckAfter) {

    /** The settings {@code exec:java@classroom} passes as system properties, with their defaults. */
    public static ClassroomSettings fromSystemProperties(Path workbookRoot) {
        String state = System.getProperty("classroom.state", "");
        return new ClassroomSettings(
                System.getProperty("classroom.host", "0.0.0.0"),
                Integer.getInteger("classroom.port", 8050),
                System.getProperty("class-code", "").trim(),
                state.isBlank() ? workbookRoot.resolve(".workbook/classroom/board.json") : Path.of(state),
                Duration.ofMinutes(Long.getLong("classroom.stuckMinutes", 15)));
    }

    /** Settings for a test: loopback, a port the OS chooses, a given code. */
    public static ClassroomSettings forTest(String classCode, Path stateFile, Duration stuckAfter) {
        return new ClassroomSettings("127.0.0.1", 0, classCode, stateFile, stuckAfter);
    }
}
