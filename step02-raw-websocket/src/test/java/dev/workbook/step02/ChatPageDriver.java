package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.ServerErrors;
import dev.workbook.testkit.WaitedInVain;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives and reads the step 02 chat page the way a learner clicks and reads it, in one of two windows. */
final class ChatPageDriver {

    /** Enough for a page on loopback, and for a fresh page to connect and join. */
    static final Duration WAIT = HeadlessChromium.DEFAULT_TIMEOUT;
    private static final Duration POLL = Duration.ofMillis(50);

    private final HeadlessChromium browser;
    private final ServerErrors errors;

    ChatPageDriver(HeadlessChromium browser, ServerErrors errors) {
        this.browser = browser;
        this.errors = errors;
    }

    WebDriver driver() {
        return browser.driver();
    }

    /** In {@code window}, joins as {@code nickname} and waits for the welcome. */
    void join(String window, String nickname) {
        tryToJoin(window, nickname);
        assertThat(state()).as("%s: joining as '%s' should put the page online; it shows '%s' and the error '%s' '%s'",
                PRESENCE, nickname, text("state"), text("error"), text("nickname-error")).isEqualTo("online");
    }

    /** In {@code window}, asks to join as {@code nickname} and waits for the welcome or an error. */
    void tryToJoin(String window, String nickname) {
        driver().switchTo().window(window);
        driver().findElement(By.id("nickname")).sendKeys(nickname);
        driver().findElement(By.id("join")).click();
        waitUntil(WAIT, String.format("%s: an answer to joining as '%s': the server's welcome or an error", PRESENCE, nickname),
                () -> "online".equals(state()) || !text("error").isEmpty() || !text("nickname-error").isEmpty());
    }

    void say(String message) {
        driver().findElement(By.id("message")).sendKeys(message);
        driver().findElement(By.id("send")).click();
    }

    WebElement waitForMessage(String what, String text) {
        waitUntil(WAIT, what, () -> message(text) != null);
        return message(text);
    }

    /** The message in the list with exactly this text, or null. */
    WebElement message(String text) {
        return driver().findElements(By.cssSelector("#messages li.message")).stream()
                .filter(item -> item.findElement(By.className("text")).getText().equals(text))
                .findFirst().orElse(null);
    }

    String statusOf(String text) {
        WebElement message = message(text);
        return message == null ? null : message.getDomAttribute("data-status");
    }

    /** The nicknames the page lists as online, without its "(you)" label. */
    List<String> onlineList() {
        return driver().findElements(By.cssSelector("#online li")).stream()
                .map(item -> item.getText().replaceFirst(" \\(you\\)$", "")).toList();
    }

    String state() {
        return driver().findElement(By.id("state")).getDomAttribute("data-state");
    }

    String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    /** Checks, for {@code quiet}, that {@code condition} does not come true: how to see that something does not happen. */
    void assertNeverWithin(Duration quiet, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver(), quiet, POLL).until(d -> condition.getAsBoolean());
        } catch (TimeoutException expected) {
            return;
        }
        throw new AssertionError("Did not expect, but saw: " + what);
    }

    /**
     * The one wait of these tests: polls {@code condition} until it holds or {@code timeout} ends,
     * and stops at once when the chat server reports an exception from the learner's code.
     */
    void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(driver(), timeout, POLL).until(d -> {
                errors.rethrowFirst();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            AssertionError failure = WaitedInVain.of(what, timeout, "the page shows '" + text("state") + "' and the errors '"
                    + text("error") + "' '" + text("nickname-error") + "'; browser console errors: " + browser.consoleErrors());
            failure.initCause(e);
            throw failure;
        }
    }
}
