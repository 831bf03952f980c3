package dev.workbook.launcher;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;

/** The workbook's front page: one link to each running step's page. */
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
        });
    }
}
