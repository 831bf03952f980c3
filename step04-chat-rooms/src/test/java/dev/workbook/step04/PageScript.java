package dev.workbook.step04;

import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.TestScripts;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the readings and actions of chat-rooms-page.js in the window on screen, one round trip each,
 * and the browser tests' one bounded wait on them.
 */
final class PageScript {

    /** A round trip takes 3 to 20 ms: polling more often than that would only queue readings. */
    private static final Duration POLL = Duration.ofMillis(10);
    /** What the tests read from the page and do on it: see the script's own comments. */
    private static final String SCRIPT = TestScripts.withTyping(TestScripts.read(PageScript.class, "chat-rooms-page.js"));

    private final HeadlessChromium chromium;
    private final ServerErrors serverErrors;
    /** How many readings ran: a wait whose condition ran none asks the page about its failure itself. */
    private long readings;
    /** What the page said, at the last reading, of its own script's failure; null when nothing failed. */
    private Object pageFailure;

    PageScript(HeadlessChromium chromium, ServerErrors serverErrors) {
        this.chromium = chromium;
        this.serverErrors = serverErrors;
    }

    /** Runs one reading or action: one round trip to the browser, which also says whether the page's script failed. */
    Object run(String what, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = what;
        System.arraycopy(args, 0, all, 1, args.length);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) chromium.driver().executeScript(SCRIPT, all);
        readings++;
        pageFailure = answer.get("failure");
        return answer.get("value");
    }

    /**
     * Polls {@code condition} until it holds or {@code timeout} ends, and stops at once when the
     * chat server reports an exception from the learner's code, or the page says that its script failed.
     */
    void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(chromium.driver(), timeout, POLL).until(d -> {
                serverErrors.rethrowFirst();
                long before = readings;
                boolean met = condition.getAsBoolean();
                rethrowPageFailure(readings == before);
                return met;
            });
        } catch (TimeoutException e) {
            @SuppressWarnings("unchecked")
            Map<String, Object> situation = (Map<String, Object>) run("situation");
            throw new AssertionError("Waited " + timeout.toMillis() + " ms for: " + what + ", but it did not happen. "
                    + "The page shows '" + situation.get("state") + "' and the error '" + situation.get("error") + "'. "
                    + "Browser console errors: " + chromium.consoleErrors(), e);
        }
    }

    private void rethrowPageFailure(boolean askFirst) {
        if (askFirst) {
            run("pageFailure");
        }
        if (pageFailure != null) {
            throw new AssertionError(pageFailure + " Browser console errors: " + chromium.consoleErrors());
        }
    }
}
