package dev.workbook.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium for browser tests, started from known paths with a throw-away profile and never a download. */
public final class HeadlessChromium implements AutoCloseable {

    /**
     * A system property or environment variable with the browser's path; if unset, Debian's
     * chromium-headless-shell when it is installed, else {@code /usr/bin/chromium}.
     */
    public static final String BINARY_SETTING = "CHROMIUM_BINARY";
    /**
     * Chromium's headless shell, the same engine without the desktop browser around it: Debian's
     * package chromium-headless-shell puts it here. It loads and runs a page on less CPU
     * (step 04's page tests 8.4 s against 9.9 s; 4.7's verdict in the watch 7.7 s against 11 s).
     */
    static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");
    /** The same for chromedriver, of the browser's major version; {@code /usr/bin/chromedriver} if unset. */
    public static final String DRIVER_SETTING = "CHROMEDRIVER";
    /** Long enough for a page and its connection on loopback on a busy 2-core machine, short enough to fail fast. */
    public static final Duration DEFAULT_TIMEOUT = Await.CONNECT_TIMEOUT;
    /**
     * {@code optional} in a learner's check of a whole step ({@code -Pcheck}): without Chromium the
     * browser tests are skipped, saying why, and their exercises count as not checked; otherwise
     * a missing browser fails them.
     */
    static final String BROWSER_SETTING = "workbook.browser";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    /** Selenium warns at every start that it has no DevTools classes for this version; the tests use none. */
    private static final Logger CDP_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final String HOW_TO_INSTALL = "Browser tests need Chromium and its chromedriver. "
            + "On Debian or Ubuntu: sudo apt-get install chromium chromium-driver (and chromium-headless-shell, "
            + "which the tests use when it is there: it runs the pages faster). Elsewhere, install Chrome or "
            + "Chromium and a chromedriver of the same major version, then set " + BINARY_SETTING + " and "
            + DRIVER_SETTING + " to their paths (environment variables, or -D" + BINARY_SETTING + "=... -D"
            + DRIVER_SETTING + "=... on the mvn command line).";

    private final Path profile;
    private final ChromeDriver driver;
    private final Dimension windowSize;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
        this.windowSize = driver.manage().window().getSize();
    }

    /**
     * Starts Chromium; when the browser or its driver is missing, fails saying how to install it,
     * or, where the browser is optional, skips the tests saying so.
     */
    public static HeadlessChromium start() {
        Path binary;
        Path driverPath;
        try {
            binary = browser();
            driverPath = driverPath();
        } catch (IllegalStateException missing) {
            if ("optional".equals(System.getProperty(BROWSER_SETTING))) {
                Assumptions.abort("not checked: no browser here. " + missing.getMessage());
            }
            throw missing;
        }
        if (KeptChromium.enabled()) {
            Optional<HeadlessChromium> kept = KeptChromium.lend(() -> launch(binary, driverPath));
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return launch(binary, driverPath);
    }

    /** Starts the watch's kept browser ahead of its first page exercise, when there is a browser here. */
    static void warmUpKept() {
        if (KeptChromium.enabled() && missing().isEmpty()) {
            Path binary = browser();
            Path driverPath = driverPath();
            KeptChromium.warmUp(() -> launch(binary, driverPath));
        }
    }

    private static HeadlessChromium launch(Path binary, Path driverPath) {
        System.setProperty("SE_OFFLINE", "true");
        CDP_WARNINGS.setLevel(Level.SEVERE);
        Path profile = isHeadlessShell(binary) ? null : newProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath.toFile()).usingAnyFreePort().build();
        try {
            return new HeadlessChromium(profile, new ChromeDriver(service, options(binary, profile)));
        } catch (WebDriverException e) {
            deleteRecursively(profile);
            throw new IllegalStateException("Chromium " + binary + " with " + driverPath + " did not start: "
                    + e.getMessage() + "\n" + HOW_TO_INSTALL, e);
        }
    }

    /** Why the browser tests cannot run here (the browser or its driver is missing), or empty when they can. */
    static Optional<String> missing() {
        try {
            browser();
            driverPath();
            return Optional.empty();
        } catch (IllegalStateException missing) {
            return Optional.of(missing.getMessage());
        }
    }

    /** The browser's path: the setting's, else the headless shell where it is installed, else Debian's chromium. */
    private static Path browser() {
        String unset = Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL.toString() : "/usr/bin/chromium";
        return executable(BINARY_SETTING, unset, "Chromium");
    }

    /** chromedriver's path: the setting's, else Debian's. */
    private static Path driverPath() {
        return executable(DRIVER_SETTING, "/usr/bin/chromedriver", "chromedriver");
    }

    private static boolean isHeadlessShell(Path binary) {
        return binary.getFileName().toString().contains("headless-shell");
    }

    private static Path newProfile() {
        try {
            return Files.createTempDirectory("workbook-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary Chromium profile", e);
        }
    }

    /**
     * The headless shell gets no profile of ours: given {@code --user-data-dir}, it opens no page
     * chromedriver can find ("unable to discover open pages"), so chromedriver makes it a
     * throw-away one of its own and deletes it when the browser quits.
     */
    private static ChromeOptions options(Path binary, Path profile) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(binary.toFile()).addArguments(FLAGS);
        if (profile != null) {
            options.addArguments("--user-data-dir=" + profile);
        }
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /** The driver, to open pages and find elements. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Waits until {@code condition} gives neither null nor false; fails naming {@code what} if it never does. */
    public <T> T waitFor(String what, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, DEFAULT_TIMEOUT, POLL_INTERVAL).until(condition);
        } catch (TimeoutException e) {
            AssertionError failure = WaitedInVain.of(what, DEFAULT_TIMEOUT, "browser console errors " + consoleErrors());
            failure.initCause(e);
            throw failure;
        }
    }

    /** The browser console's errors since the last call, such as uncaught exceptions in the page's script. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /** Quits the browser and its driver, and deletes the profile; the watch's kept browser is made blank instead. */
    @Override
    public void close() {
        if (!KeptChromium.giveBack(this)) {
            quit();
        }
    }

    /** Whether the browser still answers. */
    boolean alive() {
        try {
            driver.getWindowHandles();
            return true;
        } catch (WebDriverException gone) {
            return false;
        }
    }

    /**
     * Makes the browser as a fresh one would be for the next test class: one blank window of the
     * first size, no cookies (they are per host, not per port), no console lines left over. Each
     * run's servers listen on new ports, so pages' storage, which is per origin, is new anyway.
     */
    void reset() {
        List<String> windows = List.copyOf(driver.getWindowHandles());
        for (String extra : windows.subList(1, windows.size())) {
            driver.switchTo().window(extra).close();
        }
        driver.switchTo().window(windows.get(0));
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().window().setSize(windowSize);
        consoleErrors();
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static Path executable(String setting, String fallback, String what) {
        String configured = System.getProperty(setting, System.getenv(setting));
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No " + what + " at " + path + " (set " + setting
                    + " to change the path). " + HOW_TO_INSTALL);
        }
        return path;
    }

    /** Nothing when there is no profile of ours: the headless shell's is chromedriver's. */
    private static void deleteRecursively(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the Chromium profile " + directory, e);
        }
    }
}
