package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which module's watch starts when -am builds several steps. */
class AskedModuleTest {

    private static final Path STEP04 = Path.of("/work/workbook/step04-chat-rooms");
    private static final Path STEP06 = Path.of("/work/workbook/step06-scale-out");
    private static final String LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    @Test
    @DisplayName("-pl step06-scale-out -am: step 06's watch starts, step 04's (built for it) does not")
    void startsOnlyInTheStepAskedFor() {
        String projects = AskedModule.projectsIn(LAUNCHER + " -q -pl step06-scale-out -am test-compile exec:java@watch")
                .orElseThrow();

        assertThat(AskedModule.isAsked(projects, STEP06)).as("the step asked for").isTrue();
        assertThat(AskedModule.isAsked(projects, STEP04)).as("a step -am built for it").isFalse();
    }

    @Test
    @DisplayName("-pl may name a module by path, by :artifactId or by groupId:artifactId, one or several")
    void readsEveryWayToNameAModule() {
        assertThat(AskedModule.isAsked("./step06-scale-out/", STEP06)).as("a path").isTrue();
        assertThat(AskedModule.isAsked(":step06-scale-out", STEP06)).as(":artifactId").isTrue();
        assertThat(AskedModule.isAsked("dev.workbook:step04-chat-rooms,step06-scale-out", STEP04)).as("one of two").isTrue();
        assertThat(AskedModule.projectsIn(LAUNCHER + " --projects=step04-chat-rooms exec:java@watch")).as("--projects=")
                .contains("step04-chat-rooms");
    }

    @Test
    @DisplayName("without -pl (the watch started in the step's folder) nothing is said about the module")
    void saysNothingWithoutProjects() {
        assertThat(AskedModule.projectsIn(LAUNCHER + " -q test-compile exec:java@watch")).as("no -pl").isEmpty();
        assertThat(AskedModule.projectsIn("")).as("no command line").isEmpty();
    }
}
