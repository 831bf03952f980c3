package dev.workbook.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What a person sees of a page without scrolling, in the window sizes the pages are made for. */
public final class PageLayout {

    /** A laptop's window, and a phone's (an iPhone SE's viewport, the smallest common one). */
    public static final List<Dimension> WINDOW_SIZES = List.of(new Dimension(1280, 800), new Dimension(375, 667));
    private static final String PAGE_BOTTOM = TestScripts.read(PageLayout.class, "page-bottom.js");

    private PageLayout() {
    }

    /**
     * For each of {@link #WINDOW_SIZES}, whether the element {@code id} ends within the first screen
     * of the page; one line per size where it does not, empty when it always does. The window gets
     * its former size back.
     */
    public static List<String> belowTheFirstScreen(WebDriver driver, String id) {
        Dimension before = driver.manage().window().getSize();
        List<String> below = new ArrayList<>();
        try {
            for (Dimension size : WINDOW_SIZES) {
                driver.manage().window().setSize(size);
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(PAGE_BOTTOM, id);
                double bottom = ((Number) seen.get("bottom")).doubleValue();
                long viewport = ((Number) seen.get("viewport")).longValue();
                if (bottom > viewport) {
                    below.add(String.format("at %dx%d (a viewport %s px wide and %d px tall) #%s ends %.0f px down",
                            size.width, size.height, seen.get("width"), viewport, id, bottom));
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        return below;
    }

    /** The id of the element that has the keyboard focus, or "" when none has. */
    public static String focusedId(WebDriver driver) {
        String id = driver.switchTo().activeElement().getDomAttribute("id");
        return id == null ? "" : id;
    }
}
