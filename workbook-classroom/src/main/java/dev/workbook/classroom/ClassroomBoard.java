package dev.workbook.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.workbook.pages.PortInUse;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board running: reports in over HTTP ({@code POST /api/report}), the page and its live
 * changes out over a WebSocket ({@code /live}, pinged every 10 s), the CSV at {@code /board.csv},
 * and the state saved each second it changed, and once more when it stops.
 */
public final class ClassroomBoard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClassroomBoard.class);
    /** A third of Jetty's 30 s idle timeout: a lost ping or two still leaves the page open. */
    private static final long PING_SECONDS = 10;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ClassroomSettings settings;
    private final String classCode;
    private final KnownExercises known;
    private final Board board;
    private final BoardFile file;
    private final ObjectMapper json = new ObjectMapper();
    private final LiveBoard live = new LiveBoard();
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "classroom-board-saver");
        thread.setDaemon(true);
        return thread;
    });
    private Javalin app;

    private ClassroomBoard(ClassroomSettings settings, KnownExercises known) throws IOException {
        this.settings = settings;
        this.known = known;
        this.file = new BoardFile(settings.stateFile(), json);
        BoardFile.Saved saved = file.load().orElse(new BoardFile.Saved("", List.of()));
        this.classCode = !settings.classCode().isBlank() ? settings.classCode()
                : !saved.classCode().isBlank() ? saved.classCode() : madeUpCode();
        this.board = new Board(saved.rows());
    }

    /** Loads the saved board, if any, and starts serving. */
    public static ClassroomBoard start(ClassroomSettings settings, KnownExercises known) throws IOException {
        ClassroomBoard classroom = new ClassroomBoard(settings, known);
        try {
            classroom.app = PortInUse.bind(settings.port(), "classroom.port",
                    () -> classroom.create().start(settings.host(), settings.port()));
        } catch (IOException | RuntimeException e) {
            classroom.live.close();
            classroom.saver.shutdownNow();
            throw e;
        }
        classroom.saver.scheduleWithFixedDelay(classroom::saveIfChanged, 1, 1, TimeUnit.SECONDS);
        classroom.saver.scheduleWithFixedDelay(classroom.live::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        classroom.warmUp();
        return classroom;
    }

    private Javalin create() {
        ReportIntake intake = new ReportIntake(json, new ReportCheck(classCode, known), board, this::changed);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.http.maxRequestSize = 4L * ReportIntake.MAX_BYTES;
            config.staticFiles.add("/public/classroom", Location.CLASSPATH);
            config.staticFiles.add("/public/common", Location.CLASSPATH); // workbook.css, from workbook-pages
            config.routes.post("/api/report", intake::handle);
            config.routes.get("/api/board", ctx -> ctx.contentType("application/json").result(snapshot()));
            config.routes.get("/board.csv", ctx -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"class-board.csv\"")
                    .result(BoardCsv.render(board.rows(), known.all())));
            config.routes.ws("/live", ws -> {
                ws.onConnect(ctx -> live.opened(ctx, this::snapshot));
                ws.onClose(live::closed);
                ws.onError(live::closed);
            });
        });
    }

    /**
     * Runs a report's path once through Jetty, Jackson and the checks before any learner's comes:
     * on a busy machine the first request's class loading alone can outlast a run's short wait.
     */
    private void warmUp() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + loopback() + ":" + port()
                    + "/api/report").toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Connection", "close");
            connection.getOutputStream().write("{\"code\":\"\"}".getBytes(StandardCharsets.UTF_8));
            connection.getResponseCode(); // 403, as every report without the class code
            connection.disconnect();
            snapshot();
        } catch (IOException e) {
            LOG.info("the board's warm-up request failed ({}); the first report will be slower", e.toString());
        }
    }

    private String loopback() {
        return settings.host().equals("0.0.0.0") ? "127.0.0.1" : settings.host();
    }

    private void changed(LearnerRow row) {
        ObjectNode message = json.createObjectNode().put("type", "row").put("now", System.currentTimeMillis());
        message.set("row", json.valueToTree(row));
        live.broadcast(message.toString());
    }

    /** Everything a page needs to draw the board: the exercises, every row, the stuck threshold and the board's clock. */
    String snapshot() {
        ObjectNode message = json.createObjectNode().put("type", "board").put("now", System.currentTimeMillis())
                .put("stuckAfterMs", settings.stuckAfter().toMillis());
        message.set("exercises", json.valueToTree(known.all()));
        message.set("rows", json.valueToTree(board.rows()));
        return message.toString();
    }

    private void saveIfChanged() {
        if (board.takeChanged()) {
            save();
        }
    }

    private void save() {
        try {
            file.save(new BoardFile.Saved(classCode, board.rows()));
        } catch (IOException | RuntimeException e) {
            LOG.error("could not save the board to {}; it keeps running, and tries again on the next change", file.path(), e);
        }
    }

    private static String madeUpCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    public String classCode() {
        return classCode;
    }

    public int port() {
        return app.port();
    }

    /** The board's address as this machine reaches it. */
    public String url() {
        return "http://" + loopback() + ":" + port();
    }

    /** How many board pages are open now. */
    public int pagesOpen() {
        return live.pageCount();
    }

    @Override
    public void close() {
        app.stop();
        live.close();
        saver.shutdown();
        try {
            saver.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save();
    }
}
