package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.FAILOVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BrowserTest;
import dev.workbook.testkit.PageAccessibility;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chat page in two windows on two nodes: they chat, and a window whose node dies goes on with the other by itself. */
@BrowserTest
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
@Tag("exercise-6.2")
@Tag("exercise-6.3")
@Tag("exercise-6.4")
class FailoverPageBrowserTest {

    @RegisterExtension
    static final Step06PageFixture PAGES = new Step06PageFixture();

    @Test
    @DisplayName("Cy's node dies: cy's window moves to node 1 by itself, and shows what ada said before and after, once each")
    void aWindowWhoseNodeDiesGoesOn() throws IOException {
        NodesPageReader page = PAGES.page();
        page.openAndSignIn(PAGES.first(), PAGES.app().pageUrl(0), "ada");
        page.waitForNode("ada's window showing node-1", "node-1");
        page.openAndSignIn(PAGES.second(), PAGES.app().pageUrl(1), "cy");
        page.waitForNode("cy's window showing node-2", "node-2");
        page.switchTo(PAGES.first());
        page.say("before");
        page.switchTo(PAGES.second());
        page.waitForText("ada's 'before' in cy's window, across the nodes", "before");

        try {
            PAGES.app().stopNode(1);
            page.waitForNode(FAILOVER + ": cy's window connected again, now to node-1, after node-2 stopped", "node-1");
            page.switchTo(PAGES.first());
            page.say("after");
            page.switchTo(PAGES.second());
            page.waitForText(FAILOVER + ": ada's 'after' in cy's window, on node-1", "after");

            assertThat(page.texts()).as("%s: the messages in cy's window, across its move from node-2 to node-1", FAILOVER)
                    .containsExactly("before", "after");
            assertThat(PageAccessibility.violations(PAGES.driver()))
                    .as("what axe-core finds wrong on step 06's chat page, with its list of nodes (WCAG 2.1 A and AA, and best practices)")
                    .isEmpty();
        } finally {
            PAGES.app().startNode(1);
        }
    }
}
