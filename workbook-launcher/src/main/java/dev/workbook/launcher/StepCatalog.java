package dev.workbook.launcher;

import dev.workbook.step01.Step01App;
import dev.workbook.step01.Step01Settings;
import dev.workbook.step02.Step02App;
import dev.workbook.step02.Step02Settings;
import dev.workbook.step03.Step03App;
import dev.workbook.step03.Step03Settings;
import dev.workbook.step04.Step04App;
import dev.workbook.step04.Step04Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every finished step of the workbook, and how to start each one. */
final class StepCatalog {

    /** Starts one step's servers and says where its page is. */
    interface StepStarter {
        /** Starts on the step's usual ports, or on any free ones (for tests) when {@code freePorts} is set. */
        Started start(boolean freePorts) throws IOException;
    }

    /** A started step: what to list, and what to close. */
    record Started(RunningStep step, AutoCloseable servers) {
    }

    /** One entry of the course. */
    record Entry(String id, StepStarter starter) {
    }

    private StepCatalog() {
    }

    static List<Entry> entries() {
        return List.of(new Entry("step01", freePorts -> {
            Step01Settings settings = Step01Settings.fromSystemProperties();
            Step01App app = Step01App.start(freePorts ? new Step01Settings(settings.host(), 0, 0) : settings);
            return new Started(new RunningStep("step01", "The WebSocket handshake and frames, by hand",
                    app.pageUrl(), "docs/step01-handshake.md"), app);
        }), new Entry("step02", freePorts -> {
            Step02Settings settings = Step02Settings.fromSystemProperties();
            Step02App app = Step02App.start(freePorts ? new Step02Settings(settings.host(), 0, 0) : settings);
            return new Started(new RunningStep("step02", "A raw WebSocket chat on Java-WebSocket",
                    app.pageUrl(), "docs/step02-raw-websocket.md"), app);
        }), new Entry("step03", freePorts -> {
            Step03Settings settings = Step03Settings.fromSystemProperties();
            Step03App app = Step03App.start(freePorts ? settings.withWebPort(0).withSocketPort(0) : settings);
            return new Started(new RunningStep("step03", "A Socket.IO server on netty-socketio",
                    app.pageUrl(), "docs/step03-socketio-server.md"), app);
        }), new Entry("step04", freePorts -> {
            Step04Settings settings = Step04Settings.fromSystemProperties();
            if (!freePorts) {
                Step04App app = Step04App.start(settings);
                return new Started(step04(app), app);
            }
            // On free ports (tests), the messages go to a database of their own, deleted afterwards.
            Path scratch = Files.createTempDirectory("workbook-step04-");
            Step04App app = Step04App.start(settings.withWebPort(0).withSocketPort(0).withDatabase(scratch.resolve("chat")));
            return new Started(step04(app), () -> {
                app.close();
                deleteTree(scratch);
            });
        }));
    }

    private static RunningStep step04(Step04App app) {
        return new RunningStep("step04", "The chat with rooms: the finished app", app.pageUrl(), "docs/step04-chat-rooms.md");
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
