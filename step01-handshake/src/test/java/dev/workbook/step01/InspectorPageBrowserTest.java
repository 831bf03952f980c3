package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.PAGE_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.HeadlessChromium;
import dev.workbook.testkit.PageAccessibility;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The inspector page in headless Chromium, driven the way a learner clicks through it. */
@DisplayName("The handshake inspector page, in a real browser")
@BrowserTest
class InspectorPageBrowserTest {

    private static Step01App app;
    private static HeadlessChromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void startAppAndBrowser() throws IOException {
        app = Step01App.start(new Step01Settings("127.0.0.1", 0, 0));
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
    }

    /** JUnit runs this even when {@link #startAppAndBrowser()} failed half-way. */
    @AfterAll
    static void stopBrowserAndApp() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    @BeforeEach
    void openPageAndConnect() {
        driver.get(app.pageUrl());
        driver.findElement(By.id("connect")).click();
        chromium.waitFor(PAGE_CLIENT + ": the page to leave the state connecting (ui.opened() or ui.closed(...))",
                d -> !List.of("idle", "connecting").contains(attribute("state", "data-state")));
        assertThat(attribute("state", "data-state"))
                .as(PAGE_CLIENT + ": after Connect the page should be open; it shows '%s' and the error '%s'",
                        text("state"), text("error"))
                .isEqualTo("open");
    }

    @Test
    @OpensAWebSocket
    @Tag("exercise-1.10")
    @DisplayName("Connect shows the request the server received and its 101 answer")
    void showsTheHandshake() {
        chromium.waitFor(PAGE_CLIENT + ": the handshake transcript, fetched once ui.opened() runs",
                d -> text("response").startsWith("HTTP/"));
        assertThat(text("request"))
                .as(PAGE_CLIENT + ": the request should be the browser's upgrade request, with the session in its URL")
                .startsWith("GET /?session=")
                .contains("Sec-WebSocket-Key: ");
        assertThat(text("response"))
                .as(PAGE_CLIENT + ": the server should have answered the upgrade with 101")
                .startsWith("HTTP/1.1 101 Switching Protocols")
                .contains("Sec-WebSocket-Accept: ");
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesMessages
    @Tag("exercise-1.10")
    @DisplayName("A message I send comes back in the log, and the frame table shows both frames")
    void echoesAMessageAndShowsItsFrames() {
        send("hello, frames");

        assertThat(echoInTheLog().getText())
                .as(PAGE_CLIENT + ": the log should show the echo exactly as ui.received(data) got it")
                .isEqualTo("hello, frames");
        WebElement sent = chromium.waitFor(PAGE_CLIENT + ": the server's TEXT frame in the frame table",
                ExpectedConditions.presenceOfElementLocated(frameRow("SENT", "TEXT")));
        WebElement received = driver.findElement(frameRow("RECEIVED", "TEXT"));
        assertThat(received.getDomAttribute("data-masked"))
                .as(PAGE_CLIENT + ": the frame the browser sent must be masked").isEqualTo("true");
        assertThat(received.getText()).as(PAGE_CLIENT + ": the frame the server read").contains("hello, frames");
        assertThat(sent.getDomAttribute("data-masked"))
                .as(PAGE_CLIENT + ": a server never masks its frames").isEqualTo("false");
        assertThat(sent.getText()).as(PAGE_CLIENT + ": the frame the server wrote").contains("hello, frames");
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesMessages
    @Tag("exercise-1.10")
    @DisplayName("A message that looks like HTML shows as plain text and never becomes an element")
    void showsMarkupAsText() {
        String markup = "<img src=x onerror=alert(1)>";
        send(markup);

        assertThat(echoInTheLog().getText())
                .as(PAGE_CLIENT + ": the echo should show the exact characters sent").isEqualTo(markup);
        assertThat(driver.findElements(By.cssSelector("#log img, #frames img")))
                .as(PAGE_CLIENT + ": show messages with textContent, never innerHTML: the message became an element")
                .isEmpty();
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesPayload
    @Tag("exercise-1.7")
    @Tag("exercise-1.9")
    @Tag("exercise-1.10")
    @DisplayName("Disconnect closes the connection with code 1000")
    void disconnectClosesNormally() {
        driver.findElement(By.id("disconnect")).click();

        chromium.waitFor(PAGE_CLIENT + ": the state closed, from ui.closed(code, reason)",
                d -> "closed".equals(attribute("state", "data-state")));
        assertThat(text("state")).as(PAGE_CLIENT + ": ui.closed(code, reason) should get the close event's code")
                .contains("code 1000");
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesMessages
    @Tag("exercise-1.10")
    @DisplayName("When the server closes with a reason (1009 for a message over its limit), the page shows that reason")
    void serverCloseShowsItsReason() {
        // Past the page's own size check, straight on its socket: the server refuses it with 1009 and says why.
        ((JavascriptExecutor) driver).executeScript("window.inspectorPage.socket().send('x'.repeat(arguments[0]))",
                ServerSettings.DEFAULT_MAX_MESSAGE_BYTES + 1);

        chromium.waitFor(PAGE_CLIENT + ": the state closed after a message over the server's limit, from ui.closed(code, reason)",
                d -> "closed".equals(attribute("state", "data-state")));
        assertThat(text("state")).as(PAGE_CLIENT + ": ui.closed(code, reason) should get the close event's code and reason")
                .contains("code 1009").contains("message larger than");
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesMessages
    @Tag("exercise-1.10")
    @DisplayName("Connected, with an echo in the log and its frames in the table, the page breaks no rule axe-core checks")
    void breaksNoAccessibilityRule() {
        send("hello, axe");
        echoInTheLog();
        chromium.waitFor(PAGE_CLIENT + ": the server's TEXT frame in the frame table",
                ExpectedConditions.presenceOfElementLocated(frameRow("SENT", "TEXT")));

        assertThat(PageAccessibility.violations(driver))
                .as("what axe-core finds wrong on the inspector page (WCAG 2.1 A and AA, and best practices)")
                .isEmpty();
    }

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesPayload
    @CarriesMessages
    @Tag("exercise-1.7")
    @Tag("exercise-1.10")
    @DisplayName("Past its cap the frame table says how many frames it left out, and still shows both closing frames")
    void frameTableSaysWhenItStopsAtItsCap() {
        int messages = HandshakeTranscripts.MAX_FRAMES / 2 + 10; // each comes back: 2 frames a message, 20 past the cap
        ((JavascriptExecutor) driver).executeScript("for (let i = 0; i < arguments[0]; i++) window.inspectorPage.socket().send('m' + i)", messages);
        chromium.waitFor(PAGE_CLIENT + ": the echo of the last of " + messages + " messages in the log",
                d -> !driver.findElements(By.xpath("//*[@id='log']//li[contains(@class,'echo')]//*[text()='m" + (messages - 1) + "']"))
                        .isEmpty());

        driver.findElement(By.id("disconnect")).click();
        chromium.waitFor(PAGE_CLIENT + ": both closing frames in the frame table, after Disconnect",
                d -> driver.findElements(By.cssSelector("#frames tr[data-opcode='CLOSE']")).size() == 2);

        assertThat(driver.findElements(By.cssSelector("#frame-rows .frames-left-out")))
                .as(PAGE_CLIENT + ": the row that says how many frames the inspector left out past its cap")
                .singleElement().extracting(WebElement::getText).asString()
                .contains("20 frames not shown: the inspector keeps the first " + HandshakeTranscripts.MAX_FRAMES + " frames");
        assertThat(driver.findElements(By.cssSelector("#frames tr[data-direction='RECEIVED'][data-opcode='CLOSE']")))
                .as(PAGE_CLIENT + ": the browser's close frame, shown although it came past the cap").hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#frames tr[data-direction='SENT'][data-opcode='CLOSE']")))
                .as(PAGE_CLIENT + ": the server's close frame, shown although it came past the cap").hasSize(1);
    }

    private static void send(String message) {
        driver.findElement(By.id("message")).sendKeys(message);
        driver.findElement(By.id("send")).click();
    }

    private static WebElement echoInTheLog() {
        return chromium.waitFor(PAGE_CLIENT + ": the echo in the log, from ui.received(data)",
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log li.echo .text")));
    }

    private static By frameRow(String direction, String opcode) {
        return By.cssSelector("#frames tr[data-direction='" + direction + "'][data-opcode='" + opcode + "']");
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** One round trip to the browser, not two: the waits above ask this every 50 ms. */
    private static String attribute(String id, String name) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const found = document.getElementById(arguments[0]); return found ? found.getAttribute(arguments[1]) : null;", id, name);
    }
}
