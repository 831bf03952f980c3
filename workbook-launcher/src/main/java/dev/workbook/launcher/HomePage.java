package dev.workbook.launcher;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;

/** The workbook's front page: one link to each running step's page and its lesson. */
final class HomePage {

    private HomePage() {
    }

    /** A Javalin app, not started, listing {@code steps}. */
    static Javalin create(List<RunningStep> steps) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add("/public/home", Location.CLASSPATH);
            config.routes.get("/api/steps", ctx -> ctx.json(steps));
            LessonFiles lessons = LessonFiles.find();
            // A lesson is shown as its Markdown text: plain text, so nothing in it can run as HTML.
            config.routes.get("/lessons/{file}", ctx -> lessons.read(ctx.pathParam("file")).ifPresentOrElse(
                    text -> ctx.contentType("text/plain; charset=utf-8").result(text),
                    () -> ctx.status(404).contentType("text/plain; charset=utf-8")
                            .result("No lesson " + ctx.pathParam("file") + " in this workbook's docs folder.")));
        });
    }
}
