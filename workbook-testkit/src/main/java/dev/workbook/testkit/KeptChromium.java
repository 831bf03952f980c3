package dev.workbook.testkit;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Chromium that the watch keeps up between its runs and lends to one test class at a time,
 * because starting a browser takes seconds and a page exercise's verdict should not.
 *
 * <p>Only the watch turns it on ({@link #SETTING}); a plain {@code mvn test} starts and quits a
 * browser per class as before. The threads the kept browser's driver starts belong to it, not to
 * the test that happened to start it, so the leftover-thread checks leave them out.
 */
final class KeptChromium {

    /** {@code true} to keep one browser between runs: the watch's setting. */
    static final String SETTING = "workbook.browser.keep";
    private static final Logger LOG = LoggerFactory.getLogger(KeptChromium.class);
    private static final Set<Long> THREADS = ConcurrentHashMap.newKeySet();
    /** Selenium's HTTP client to the driver adds workers as it goes, named so. */
    private static final String DRIVER_CLIENT_THREADS = "JdkHttpClient-";
    private static volatile HeadlessChromium kept;
    private static boolean lent;

    private KeptChromium() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(SETTING);
    }

    /** The kept browser, started or restarted when needed; empty while it is lent out, and then the caller starts its own. */
    static synchronized Optional<HeadlessChromium> lend(Supplier<HeadlessChromium> launch) {
        if (lent) {
            return Optional.empty();
        }
        if (kept == null || !kept.alive()) {
            discard();
            Set<Long> before = NoThreadsLeftBehind.liveThreadIds();
            kept = launch.get();
            NoThreadsLeftBehind.liveThreadIds().stream().filter(id -> !before.contains(id)).forEach(THREADS::add);
        }
        lent = true;
        return Optional.of(kept);
    }

    /** Takes the browser back, made blank for the next class; false when it is not the kept one. */
    static synchronized boolean giveBack(HeadlessChromium chromium) {
        if (chromium != kept) {
            return false;
        }
        lent = false;
        try {
            chromium.reset();
        } catch (RuntimeException broken) {
            LOG.info("The kept browser could not be made blank ({}); the next run starts a new one.", broken.getMessage());
            discard();
        }
        return true;
    }

    /** Starts the browser now, so that the first page exercise does not wait for it. */
    static void warmUp(Supplier<HeadlessChromium> launch) {
        lend(launch).ifPresent(KeptChromium::giveBack);
    }

    /** Quits the kept browser: when the watch ends. */
    static synchronized void quit() {
        discard();
    }

    /** Whether this thread is one of the kept browser's, which outlive every test on purpose. */
    static boolean owns(Thread thread) {
        return THREADS.contains(thread.getId()) || kept != null && thread.getName().startsWith(DRIVER_CLIENT_THREADS);
    }

    private static void discard() {
        if (kept != null) {
            HeadlessChromium quitting = kept;
            kept = null;
            lent = false;
            try {
                quitting.quit();
            } catch (RuntimeException gone) {
                LOG.debug("The kept browser was already gone", gone);
            }
        }
    }
}
