package dev.workbook.launcher;

import dev.workbook.pages.PageUrl;
import dev.workbook.pages.PortInUse;
import dev.workbook.pages.StepApp;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the workbook: every finished step's servers and the home page that links them, or only
 * the steps named on the command line ({@code mvn -q compile exec:java -Dexec.args=step01}).
 */
public final class WorkbookLauncher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookLauncher.class);
    /** The home page's port unless {@code -Dworkbook.homePort} says otherwise. */
    public static final int DEFAULT_HOME_PORT = 8000;

    private final List<StepApp> running = new ArrayList<>();
    private final List<RunningStep> steps = new ArrayList<>();
    private Javalin home;

    /**
     * Starts the named steps (all when {@code only} is empty) and the home page; port 0 puts every
     * server on a free port.
     */
    public static WorkbookLauncher start(Set<String> only, String host, int homePort) throws Exception {
        WorkbookLauncher launcher = new WorkbookLauncher();
        try {
            for (StepCatalog.Entry<?> entry : StepCatalog.entries()) {
                if (only.isEmpty() || only.contains(entry.id())) {
                    StepCatalog.Started started = entry.start(homePort == 0);
                    launcher.running.add(started.app());
                    launcher.steps.add(started.step());
                }
            }
            launcher.home = PortInUse.bind(homePort, "workbook.homePort",
                    () -> HomePage.create(List.copyOf(launcher.steps)).start(host, homePort));
            return launcher;
        } catch (Exception e) {
            launcher.close();
            throw e;
        }
    }

    /** The steps now running. */
    public List<RunningStep> steps() {
        return List.copyOf(steps);
    }

    /** The home page's address. */
    public String homeUrl(String host) {
        return PageUrl.of(host, home.port());
    }

    @Override
    public void close() {
        if (home != null) {
            home.stop();
        }
        for (StepApp app : running) {
            try {
                app.close();
            } catch (RuntimeException e) {
                LOG.warn("stopping a step failed", e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = Set.of(args);
        Set<String> known = StepCatalog.entries().stream().map(StepCatalog.Entry::id).collect(Collectors.toSet());
        if (!known.containsAll(only)) {
            System.err.println("Unknown step in " + only + "; the steps are " + known);
            System.exit(2);
        }
        String host = System.getProperty("workbook.host", "127.0.0.1");
        WorkbookLauncher launcher = start(only, host, Integer.getInteger("workbook.homePort", DEFAULT_HOME_PORT));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "workbook-shutdown"));
        System.out.println();
        System.out.println("The workbook is running. Open " + launcher.homeUrl(host));
        launcher.steps().stream().filter(step -> step.id().equals("step04")).findFirst()
                .ifPresent(chat -> System.out.println("  The finished chat, to try first: " + chat.pageUrl()));
        launcher.steps().forEach(step -> System.out.println("  " + step.id() + "  " + step.title() + ": " + step.pageUrl()));
        System.out.println("Ctrl+C stops it.");
    }
}
