package dev.workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real {@code ./workbook} script, run with {@code sh}: its usage, its mapping of every command
 * to Maven (on a dry run, which prints the Maven command instead of running it), one real run, and
 * its Windows twin offering the same commands.
 */
@Tag("support")
@EnabledOnOs({OS.LINUX, OS.MAC})
class FrontDoorScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    private static final Pattern SH_COMMAND = Pattern.compile("^  \\./workbook (\\S+)", Pattern.MULTILINE);
    private static final Pattern CMD_USAGE = Pattern.compile("^echo   workbook (\\S+)", Pattern.MULTILINE);
    private static final Pattern CMD_DISPATCH = Pattern.compile("^if /i \"%COMMAND%\"==\"([\\w-]+)\" goto", Pattern.MULTILINE);

    /** What one run of the script printed and how it ended. */
    record Run(int exitCode, String output) {
    }

    private static Run workbook(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "./workbook"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("./workbook %s ended within 2 minutes", String.join(" ", arguments)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Run dryRun(String... arguments) throws IOException, InterruptedException {
        return workbook(Map.of("WORKBOOK_DRY_RUN", "1", "WORKBOOK_MVN", "mvn"), arguments);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    @DisplayName("Without a command, the script lists every command, one line each, and exits with an error")
    void noCommandPrintsUsage() throws Exception {
        Run run = dryRun();

        assertThat(run.exitCode()).as("exit code of ./workbook without a command; it printed:%n%s", run.output()).isEqualTo(2);
        assertThat(matches(SH_COMMAND, run.output())).as("commands the usage lists")
                .containsExactlyInAnyOrder("list", "next", "test", "check", "hint", "reset", "restore", "catch-up", "run", "watch",
                        "edition", "classroom", "proof", "bench");
    }

    @ParameterizedTest(name = "./workbook {0} is refused")
    @DisplayName("A wrong command or argument is refused with what was wrong and the list of commands")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "frobnicate | unknown command 'frobnicate'",
        "test 9 | there is no step '9'",
        "test 1.99 | there is no exercise 1.99",
        "hint | hint needs one exercise number",
        "hint one | 'one' is not an exercise number",
        "reset 1.1 1.2 | reset needs one exercise number",
        "list everything | list takes at most 0 argument",
        "catch-up 1 /no/such/folder | holds no step01-handshake",
        "edition /tmp/le --classroom http://10.0.0.5:8050 | a class board needs both --classroom URL and --class-code CODE",
        "edition /tmp/le 1 --loud | not '--loud'",
    })
    void wrongArgumentsAreRefused(String arguments, String why) throws Exception {
        Run run = dryRun(arguments.split(" "));

        assertThat(run.exitCode()).as("exit code of ./workbook %s; it printed:%n%s", arguments, run.output()).isEqualTo(2);
        assertThat(run.output()).as("what ./workbook %s printed", arguments).contains(why).contains("usage: ./workbook COMMAND")
                .contains("  ./workbook test [STEP|N.M]").doesNotContain("[workbook]");
    }

    @ParameterizedTest(name = "./workbook {0} runs: {1}")
    @DisplayName("Each command says what it does and runs its Maven command; steps are accepted as 1, 01, step01 or the folder")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "list | mvn -q -B -pl workbook-tools compile exec:java@list",
        "next | mvn -q -B -pl workbook-tools compile exec:java@next",
        "test | mvn test",
        "test 1 | mvn test -pl step01-handshake -am",
        "test 01 | mvn test -pl step01-handshake -am",
        "test step01 | mvn test -pl step01-handshake -am",
        "test step02-raw-websocket | mvn test -pl step02-raw-websocket -am",
        "test 1.4 | mvn test -pl step01-handshake -am -Dgroups=exercise-1.4",
        "test 1.10 | mvn test -Pbrowser -pl step01-handshake -am -Dgroups=exercise-1.10",
        "check 3 | mvn test -Pcheck -pl step03-socketio-server -am",
        "hint 2.3 | mvn -q -B -pl workbook-tools compile exec:java@hint -Dexercise=2.3",
        "reset 4.1 | mvn -q -B -pl workbook-tools compile exec:java@reset -Dexercise=4.1",
        "restore 4.1 | mvn -q -B -pl workbook-tools compile exec:java@restore -Dexercise=4.1",
        "run | mvn -q compile exec:java",
        "run 2 | mvn -q compile exec:java -Dexec.args=step02",
        "watch 4 | mvn -q -pl step04-chat-rooms -am test-compile exec:java@watch",
        "edition /tmp/le 1 | mvn -q -B -pl workbook-tools compile exec:java@edition -Dto=/tmp/le -Dsteps=1",
        "edition /tmp/le --classroom http://10.0.0.5:8050 --class-code R7 | mvn -q -B -pl workbook-tools compile exec:java@edition"
            + " -Dto=/tmp/le -Dsteps=all -Dclassroom=http://10.0.0.5:8050 -Dclass-code=R7",
        "classroom | mvn -q -pl workbook-classroom -am compile exec:java@classroom",
        "classroom R7 | mvn -q -pl workbook-classroom -am compile exec:java@classroom -Dclass-code=R7",
        "proof | mvn test -Pproof",
        "bench | mvn -q -pl workbook-bench -am compile exec:java@bench",
    })
    void commandsMapToMaven(String arguments, String maven) throws Exception {
        Run run = dryRun(arguments.split(" "));

        assertThat(run.exitCode()).as("exit code of the dry run of ./workbook %s; it printed:%n%s", arguments, run.output()).isZero();
        assertThat(run.output().lines()).as("what the dry run of ./workbook %s printed", arguments)
                .singleElement().asString().startsWith("[workbook] ").endsWith(": " + maven);
    }

    @Test
    @DisplayName("catch-up takes the reference folder from where the learner stands, made absolute for Maven")
    void catchUpMakesTheFolderAbsolute() throws Exception {
        Run run = dryRun("catch-up", "step01-handshake", ".");

        assertThat(run.output()).as("the dry run of ./workbook catch-up step01-handshake .")
                .contains("exec:java@catch-up -Dstep=1 -Dfrom=" + ROOT + "/.");
    }

    @Test
    @DisplayName("hint 1.1, run for real through Maven, prints the exercise's task, where to write it and its lesson")
    void hintRunsForReal() throws Exception {
        Run run = workbook(Map.of("WORKBOOK_MVN", System.getProperty("workbook.mvn", "mvn")), "hint", "1.1");

        assertThat(run.exitCode()).as("exit code of ./workbook hint 1.1; it printed:%n%s", run.output()).isZero();
        assertThat(run.output()).as("what ./workbook hint 1.1 printed")
                .startsWith("[workbook] Showing the hint of exercise 1.1: ")
                .contains("Exercise 1.1: The accept key").contains("AcceptKey.java:").contains("./workbook test 1.1");
    }

    @Test
    @DisplayName("workbook.cmd, the Windows twin, lists and dispatches exactly the commands of ./workbook")
    void windowsTwinOffersTheSameCommands() throws Exception {
        String sh = Files.readString(ROOT.resolve("workbook"), StandardCharsets.UTF_8);
        String cmd = Files.readString(ROOT.resolve("workbook.cmd"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        Set<String> commands = matches(SH_COMMAND, sh);

        assertThat(commands).as("commands in ./workbook's usage").hasSize(14);
        assertThat(matches(CMD_USAGE, cmd)).as("commands in workbook.cmd's usage, compared with ./workbook's").isEqualTo(commands);
        assertThat(matches(CMD_DISPATCH, cmd)).as("commands workbook.cmd dispatches, compared with ./workbook's").isEqualTo(commands);
        assertThat(cmd).as("workbook.cmd's dry run and Maven override").contains("WORKBOOK_DRY_RUN").contains("WORKBOOK_MVN");
    }
}
