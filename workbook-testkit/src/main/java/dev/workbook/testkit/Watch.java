package dev.workbook.testkit;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The watch mode: {@code mvn -q -pl stepNN-... -am test-compile exec:java@watch}. Maven builds the
 * step once; this JVM then stays up, and on every save checks the current exercise again.
 *
 * <p>Arguments: the step's folder, then the exercise to start on (empty or {@code ?}: the one the
 * last run named next). Settings: {@code workbook.watch.deadline} (seconds one exercise's run may
 * take, 30), {@code workbook.watch.stay} (stay on one exercise, for the loop benchmark),
 * {@code workbook.browser.keep} ({@code false} to start a browser per test class, as {@code mvn test} does).
 */
public final class Watch {

    private Watch() {
    }

    public static void main(String[] args) throws Exception {
        Path module = Path.of(args[0]).toAbsolutePath().normalize();
        Optional<String> asked = AskedModule.projectsIn(System.getProperty("sun.java.command", ""));
        if (asked.isPresent() && !AskedModule.isAsked(asked.get(), module)) {
            System.out.println("[workbook] watch: " + module.getFileName() + " is built for " + asked.get()
                    + "; the watch runs there");
            return;
        }
        Optional<String> start = Optional.ofNullable(args.length > 1 ? args[1].trim() : null).filter(n -> n.matches("\\d+\\.\\d+"));
        WatchLoop.Settings settings = new WatchLoop.Settings(Duration.ofSeconds(Long.getLong("workbook.watch.deadline", 30)),
                Boolean.getBoolean("workbook.watch.stay"), HeadlessChromium.missing());
        ChangedSources build = new ChangedSources(module, classPath(Watch.class.getClassLoader()), module.resolve("target/watch"));
        WatchLoop loop = new WatchLoop(module, build, System.out, System::nanoTime, settings, start);
        BlockingQueue<WatchInput> inputs = new LinkedBlockingQueue<>();
        keepOneBrowser(settings);
        try (SourceWatcher watcher = SourceWatcher.start(module, inputs)) {
            KeyboardInput.start(System.in, inputs);
            loop.run(inputs);
        } finally {
            KeptChromium.quit();
        }
    }

    /**
     * Keeps one browser up for all the runs, started now in the background: a page exercise's
     * verdict then waits for a page load, not for Chromium to start.
     */
    private static void keepOneBrowser(WatchLoop.Settings settings) {
        if (settings.browserMissing().isEmpty() && System.getProperty(KeptChromium.SETTING) == null) {
            System.setProperty(KeptChromium.SETTING, "true");
            Runtime.getRuntime().addShutdownHook(new Thread(KeptChromium::quit, "workbook-browser-quit"));
            Thread warmUp = new Thread(HeadlessChromium::warmUpKept, "workbook-browser-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** The class path Maven gave this JVM: its class loaders' folders and jars, else the JVM's own. */
    static String classPath(ClassLoader loader) throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (ClassLoader each = loader; each != null; each = each.getParent()) {
            if (each instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                : String.join(File.pathSeparator, entries);
    }
}
