package dev.workbook.launcher;

import dev.workbook.pages.StepApp;
import dev.workbook.pages.StepSettings;
import dev.workbook.step01.Step01App;
import dev.workbook.step01.Step01Settings;
import dev.workbook.step02.Step02App;
import dev.workbook.step02.Step02Settings;
import dev.workbook.step03.Step03App;
import dev.workbook.step03.Step03Settings;
import dev.workbook.step04.Step04App;
import dev.workbook.step04.Step04Settings;
import dev.workbook.step06.Step06App;
import dev.workbook.step06.Step06Settings;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** Every finished step of the workbook, and how to start each one. */
final class StepCatalog {

    /** A step's {@code StepNNApp::start}. */
    @FunctionalInterface
    interface Start<S> {
        StepApp start(S settings) throws IOException;
    }

    /** A started step: what to list, and what to close. */
    record Started(RunningStep step, StepApp app) {
    }

    /**
     * One step of the course.
     *
     * @param id the step's short name, as the command line names it
     * @param title what the learner builds in it
     * @param lesson the lesson's path in the repository
     * @param settings the step's settings from system properties
     * @param start how its servers start from those settings
     */
    record Entry<S extends StepSettings<S>>(String id, String title, String lesson, Supplier<S> settings, Start<S> start) {

        /** Starts on the step's settings, or on any free ports when {@code freePorts} is set. */
        Started start(boolean freePorts) throws IOException {
            S chosen = settings.get();
            StepApp app = start.start(freePorts ? chosen.onFreePorts() : chosen);
            return new Started(new RunningStep(id, title, app.pageUrl(), lesson), app);
        }
    }

    private StepCatalog() {
    }

    static List<Entry<?>> entries() {
        return List.of(
                new Entry<>("step01", "The WebSocket handshake and frames, by hand", "docs/step01-handshake.md",
                        Step01Settings::fromSystemProperties, Step01App::start),
                new Entry<>("step02", "A raw WebSocket chat on Java-WebSocket", "docs/step02-raw-websocket.md",
                        Step02Settings::fromSystemProperties, Step02App::start),
                new Entry<>("step03", "A Socket.IO server on netty-socketio", "docs/step03-socketio-server.md",
                        Step03Settings::fromSystemProperties, Step03App::start),
                new Entry<>("step04", "The chat with rooms: the finished app", "docs/step04-chat-rooms.md",
                        Step04Settings::fromSystemProperties, Step04App::start),
                new Entry<>("step06", "The chat on two nodes sharing one Redis", "docs/step06-scale-out.md",
                        Step06Settings::fromSystemProperties, Step06App::start));
    }
}
