package dev.workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The launcher behind the README's run command. */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WorkbookLauncherTest {

    private final HttpClient http = HttpClient.newHttpClient();

    /** Step 04 keeps its messages here, and step 06 its Redis's data, not in the learner's own; JUnit deletes it afterwards. */
    @TempDir
    Path scratch;

    @BeforeEach
    void useScratchDatabase() {
        System.setProperty("step04.database", scratch.resolve("chat").toString());
        System.setProperty("step06.redisFolder", scratch.resolve("redis").toString());
    }

    @AfterEach
    void forgetScratchDatabase() {
        System.clearProperty("step04.database");
        System.clearProperty("step06.redisFolder");
    }

    @Test
    @DisplayName("The home page lists every started step, and each step's page answers")
    void homePageLinksEveryStep() throws Exception {
        try (WorkbookLauncher launcher = WorkbookLauncher.start(Set.of(), "127.0.0.1", 0)) {
            String steps = get(launcher.homeUrl("127.0.0.1") + "api/steps").body();

            assertThat(launcher.steps()).as("the steps the launcher started").extracting(RunningStep::id).contains("step01");
            for (RunningStep step : launcher.steps()) {
                assertThat(steps).as("the home page's list of steps").contains(step.pageUrl());
                assertThat(get(step.pageUrl()).statusCode()).as("the status of %s's page", step.id()).isEqualTo(200);
            }
            assertThat(get(launcher.homeUrl("127.0.0.1")).body()).as("the home page").contains("id=\"steps\"");
            assertThat(scratch.resolve("chat.mv.db")).as("step 04's database, which -Dstep04.database put in the test's folder")
                    .exists();
        }
    }

    @Test
    @DisplayName("Each step's lesson is a link that serves the lesson as text; a name outside docs/ is not served")
    void lessonsAreLinks() throws Exception {
        try (WorkbookLauncher launcher = WorkbookLauncher.start(Set.of(), "127.0.0.1", 0)) {
            String home = launcher.homeUrl("127.0.0.1");
            HttpResponse<String> lesson = get(home + "lessons/step01-handshake.md");
            HttpResponse<String> outside = get(home + "lessons/..%2Fpom.xml");

            assertThat(lesson.statusCode()).as("the status of step 01's lesson").isEqualTo(200);
            assertThat(lesson.headers().firstValue("Content-Type")).as("the lesson's content type: text, never HTML")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(lesson.body()).as("step 01's lesson").startsWith("# ");
            assertThat(outside.statusCode()).as("the status of a request for a file outside docs/").isEqualTo(404);
        }
    }

    @Test
    @DisplayName("The home page has a favicon")
    void homePageHasAFavicon() throws Exception {
        try (WorkbookLauncher launcher = WorkbookLauncher.start(Set.of(), "127.0.0.1", 0)) {
            String home = launcher.homeUrl("127.0.0.1");

            assertThat(get(home).body()).as("the home page's head").contains("<link rel=\"icon\" href=\"favicon.svg\"");
            assertThat(get(home + "favicon.svg").statusCode()).as("the status of the favicon").isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
