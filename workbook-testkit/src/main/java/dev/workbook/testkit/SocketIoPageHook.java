package dev.workbook.testkit;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a browser test changes in a Socket.IO chat page through the page's one hook for tests,
 * {@code window.chatPage} (its current socket): steps 03 and 04 expose it.
 */
public final class SocketIoPageHook {

    /** How soon a page tries again after it lost the server, once {@link #reconnectSoon} ran. */
    public static final Duration RECONNECT_DELAY = Duration.ofMillis(100);
    private static final String RECONNECT_SOON = TestScripts.read(SocketIoPageHook.class, "reconnect-soon.js");

    private SocketIoPageHook() {
    }

    /**
     * Makes the page in the driver's current window try again {@link #RECONNECT_DELAY} after it
     * loses the server, with no random spread: run it before a restart, so that the test's wait
     * is short and the same on every run.
     */
    public static void reconnectSoon(WebDriver driver) {
        Object answer = ((JavascriptExecutor) driver).executeScript(RECONNECT_SOON, RECONNECT_DELAY.toMillis());
        if (!"ready".equals(answer)) {
            throw new AssertionError("the test could not shorten the page's reconnection delay: " + answer);
        }
    }
}
