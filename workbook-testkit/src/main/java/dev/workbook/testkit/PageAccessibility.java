package dev.workbook.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core, the accessibility checker browsers' developer tools use, in the page a browser
 * test has open, and describes each rule the page breaks, with the elements that break it.
 */
public final class PageAccessibility {

    private static final String AXE = "vendor/axe.min.js";
    /** axe's own rule tags for WCAG 2.1 A and AA and its best practices. */
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " targets: v.nodes.map(n => n.target.join(' '))}))))"
            + ".catch(e => done([{id: 'axe failed', impact: 'unknown', help: String(e), targets: []}]));";

    private PageAccessibility() {
    }

    /** The rules the open page breaks, one line each ("rule (impact): help, at: selectors"); empty when it breaks none. */
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) script.executeAsyncScript(RUN);
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + ", at: " + v.get("targets"))
                .toList();
    }

    private static String axeSource() {
        try (InputStream in = PageAccessibility.class.getResourceAsStream(AXE)) {
            if (in == null) {
                String missing = "axe-core is missing from the test kit: the build fetches it with npm ci in workbook-testkit "
                        + "(see the README's prerequisites); run mvn test with npm installed";
                if ("optional".equals(System.getProperty(HeadlessChromium.BROWSER_SETTING))) {
                    Assumptions.abort("not checked: " + missing);
                }
                throw new IllegalStateException(missing);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read axe-core from the test kit", e);
        }
    }
}
