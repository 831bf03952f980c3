package dev.workbook.step06;

import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TestScripts;
import dev.workbook.testkit.WaitedInVain;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What step 06's browser tests do on the chat page and read from it, with bounded waits. */
final class NodesPageReader {

    /**
     * The kit's wait for a page to connect: also enough to reach the other node, since Socket.IO's
     * first reconnection attempt comes within 1.5 s (1 s, randomised by half) and fails over.
     */
    static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    private static final String PAGE_SCRIPT = TestScripts.read(NodesPageReader.class, "nodes-page.js");

    private final HeadlessChromium chromium;
    private final WebDriver driver;
    private final ServerErrors serverErrors;

    NodesPageReader(HeadlessChromium chromium, ServerErrors serverErrors) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.serverErrors = serverErrors;
    }

    /** In {@code window}, opens {@code url}, signs in as {@code nickname} and waits until the page is in #general. */
    void openAndSignIn(String window, String url, String nickname) {
        driver.switchTo().window(window);
        driver.get(url);
        page("clearStorage");
        driver.findElement(By.id("nickname")).sendKeys(nickname);
        driver.findElement(By.id("signin")).click();
        waitUntil("'" + nickname + "' connected and in #general", () -> "general".equals(page("currentRoom")));
    }

    void switchTo(String window) {
        driver.switchTo().window(window);
    }

    void say(String text) {
        page("say", text);
    }

    @SuppressWarnings("unchecked")
    List<String> texts() {
        return (List<String>) page("texts");
    }

    /** Waits until the room on screen shows {@code text}. */
    void waitForText(String what, String text) {
        waitUntil(what, () -> texts().contains(text));
    }

    /** The node the page says it is on, once it is connected there. */
    void waitForNode(String what, String node) {
        waitUntil(what, () -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) page("node");
            return node.equals(shown.get("node")) && "connected".equals(shown.get("state"));
        });
    }

    Object page(String what, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = what;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((JavascriptExecutor) driver).executeScript(PAGE_SCRIPT, all);
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).until(ignored -> {
                serverErrors.rethrowFirst();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException timedOut) {
            throw WaitedInVain.of(what, WAIT, page("situation") + "; browser console: " + chromium.consoleErrors());
        }
    }
}
