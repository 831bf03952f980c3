package dev.workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.workbook.tools.ClassBoardSettings;
import dev.workbook.tools.LearnerEdition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch's core loop on the kit's small made-up step (see {@link SampleStep}), driven without a
 * terminal: each save is handed to it as the file watcher would, each key as the keyboard would.
 */
@Timeout(120)
class WatchLoopTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    @Test
    @DisplayName("A blank step starts on 9.1's stub; once 9.1 is saved written, it passes and the watch moves on to 9.2")
    void saveCompileRunVerdictNext() throws Exception {
        SampleStep sample = SampleStep.in(folder).stub("9.1", "9.2", "9.3").compile();
        WatchLoop loop = loop(sample, Optional.empty());

        loop.handle(new WatchInput.Key(""));
        String blank = shown();
        reference(sample).stub("9.2", "9.3"); // the learner writes 9.1
        loop.handle(saved(sample));

        assertThat(blank).as("the screen on a blank step").contains("Exercise 9.1: Add two numbers")
                .contains("Task:   Return the sum of a and b.").contains("FAILED  Exercise 9.1")
                .contains("Exercise 9.1 is not done yet").contains("[workbook] verdict: Exercise 9.1 fails");
        assertThat(shown()).as("the screen once 9.1 is written").contains("PASSED  Exercise 9.1 passes.")
                .contains("Now: Exercise 9.2: Double a number").contains("1 of 3 exercises pass");
        assertThat(loop.current()).as("the exercise the watch is on").contains("9.2");
        assertThat(Files.readString(sample.module().resolve(ProgressFiles.PROPERTIES))).as(ProgressFiles.PROPERTIES)
                .contains("exercise.9.1=passed").contains("next=9.2");
    }

    @Test
    @DisplayName("A wrong answer is told at its first failing test, the exercise's other tests not run; c runs them all")
    void stopsAtTheFirstFailure() throws Exception {
        SampleStep sample = SampleStep.in(folder).stub("9.2", "9.3").compile();
        sample.edit(SampleStep.CODE, "return a + b;", "return a - b;"); // wrong, and no stub: both of 9.1's tests fail
        WatchLoop loop = loop(sample, Optional.empty());

        loop.handle(saved(sample));
        String verdict = shown();
        String exerciseRun = Files.readString(sample.module().resolve(ProgressFiles.PROPERTIES));
        loop.handle(new WatchInput.Key("c"));
        String stepCheck = Files.readString(sample.module().resolve(ProgressFiles.PROPERTIES));

        assertThat(verdict).as("the screen after a wrong 9.1 was saved").contains("FAILED  Exercise 9.1");
        assertThat(exerciseRun).as("%s after saving a wrong 9.1, whose two tests fail: one ran", ProgressFiles.PROPERTIES)
                .contains("exercise.9.1=failed").contains("tests.failed=1\n");
        assertThat(stepCheck).as("%s after c, which runs every test of the step", ProgressFiles.PROPERTIES)
                .contains("exercise.9.1=failed").contains("tests.failed=2\n");
    }

    @Test
    @DisplayName("While a run goes on, the watch says each test that passed or was left for a later exercise, counted")
    void saysEachTestAsItEnds() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile(); // every exercise written
        WatchLoop loop = loop(sample, Optional.of("9.1"));

        loop.handle(saved(sample));
        String all = screen.toString(StandardCharsets.UTF_8);
        String duringTheRun = all.substring(0, all.lastIndexOf(WatchScreen.CLEAR));

        assertThat(duringTheRun).as("what the watch printed while the four tests that need 9.1 ran, before its verdict")
                .contains("Exercise 9.1: Add two numbers").contains("Running 4 tests...")
                .containsPattern("passed  1 of 4 \\(\\d+\\.\\d s\\): AddTest > .+").contains("passed  2 of 4")
                .contains("skipped 3 of 4: TwiceTest (not checked by this run: a test of exercise 9.2)")
                .contains("skipped 4 of 4: TotalTest (not checked by this run: a test of exercise 9.3)");
        assertThat(shown()).as("the verdict's screen, after the run").contains("PASSED  Exercise 9.1 passes.");
    }

    @Test
    @DisplayName("A compile error shows javac's message with file and line; the fix is compiled afresh and passes")
    void compileErrorThenFix() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile();
        WatchLoop loop = loop(sample, Optional.of("9.1"));

        sample.edit(SampleStep.CODE, "return a + b;", "return a - b");
        loop.handle(saved(sample));
        String broken = shown();
        sample.edit(SampleStep.CODE, "return a - b", "return a - b;");
        loop.handle(saved(sample));
        String wrong = shown();
        sample.edit(SampleStep.CODE, "return a - b;", "return a + b;");
        loop.handle(saved(sample));

        assertThat(broken).as("the screen after a save that does not compile").contains("DOES NOT COMPILE")
                .contains("step09-sample/src/main/java/sample/Tally.java:12: error: ';' expected")
                .contains("[workbook] verdict: does not compile");
        assertThat(wrong).as("the screen once it compiles, wrong").contains("FAILED  Exercise 9.1").contains("but was: ");
        assertThat(shown()).as("the screen once it is right: no class of an earlier run is left").contains("PASSED  Exercise 9.1 passes.");
    }

    @Test
    @DisplayName("An endless loop is stopped at the deadline, saying where it was; no thread is left, and the next save is checked")
    void endlessLoopIsStopped() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile();
        WatchLoop loop = loop(sample, Optional.of("9.1"));
        Set<Long> before = NoThreadsLeftBehind.liveThreadIds();

        sample.edit(SampleStep.CODE, "return a + b;", "while (a == a) {\n            b++;\n        }\n        return a + b;");
        loop.handle(saved(sample));
        String stuck = shown();
        List<Thread> left = NoThreadsLeftBehind.leftovers(before);
        sample.edit(SampleStep.CODE, "while (a == a) {\n            b++;\n        }\n", "");
        loop.handle(saved(sample));

        assertThat(stuck).as("the screen after a save with an endless loop").contains("STOPPED Exercise 9.1")
                .contains("Stopped after 5 s").contains("at sample.Tally.add(Tally.java:");
        assertThat(left).as("threads still running after the stopped run").isEmpty();
        assertThat(shown()).as("the screen after the fix").contains("PASSED  Exercise 9.1 passes.");
    }

    @Test
    @DisplayName("r asks first; n keeps the code, y puts the exercise back to its stub, keeps a backup and checks it again")
    void resetAsksFirst() throws Exception {
        SampleStep sample = SampleStep.in(folder).compile();
        Files.writeString(sample.root().resolve(LearnerEdition.MARKER_FILE), "");
        WatchLoop loop = loop(sample, Optional.of("9.1"));

        loop.handle(new WatchInput.Key("r"));
        loop.handle(new WatchInput.Key("n"));
        String declined = shown();
        String kept = Files.readString(sample.root().resolve(SampleStep.CODE));
        loop.handle(new WatchInput.Key("r"));
        loop.handle(new WatchInput.Key("y"));

        assertThat(declined).as("the screen after r and n").contains("Reset exercise 9.1 to its stub? ").contains("Not reset.");
        assertThat(kept).as("the code after r and n").contains("return a + b;");
        assertThat(Files.readString(sample.root().resolve(SampleStep.CODE))).as("the code after r and y")
                .doesNotContain("return a + b;").contains("Exercise 9.1 is not done yet");
        assertThat(shown()).as("the screen after r and y").contains("FAILED  Exercise 9.1").contains("is back to its stub");
        try (Stream<Path> backups = Files.list(sample.root().resolve(".workbook/backups"))) {
            assertThat(backups).as("the backups").singleElement().satisfies(b -> assertThat(Files.readString(b)).contains("return a + b;"));
        }
    }

    @Test
    @DisplayName("It starts on the exercise the last run named next, lists the step on l and ends on q")
    void startsWhereTheLastRunSaidAndQuits() throws Exception {
        SampleStep sample = SampleStep.in(folder).stub("9.2", "9.3").compile();
        Files.createDirectories(sample.module().resolve("target"));
        Files.writeString(sample.module().resolve(ProgressFiles.PROPERTIES), "exercise.9.1=passed\nexercise.9.2=failed\nnext=9.2\n");
        WatchLoop loop = loop(sample, Optional.empty());
        LinkedBlockingQueue<WatchInput> inputs = new LinkedBlockingQueue<>(List.of(new WatchInput.Key("l"), new WatchInput.Key("q")));

        loop.run(inputs);

        assertThat(shown()).as("the screen").contains("Exercise 9.2: Double a number").contains("> [ ] 9.2 Double a number")
                .contains("  [x] 9.1 Add two numbers").contains("[workbook] watch: bye.");
        assertThat(inputs).as("the inputs left").isEmpty();
    }

    @Test
    @DisplayName("With a class address, each verdict is sent to the class board once it is on screen")
    void sendsEachVerdictToTheClassBoard() throws Exception {
        SampleStep sample = SampleStep.in(folder).stub("9.2", "9.3").compile();
        LinkedBlockingQueue<String> reports = new LinkedBlockingQueue<>();
        HttpServer board = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        board.createContext("/", exchange -> {
            reports.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        board.start();
        try {
            new ClassBoardSettings("http://127.0.0.1:" + board.getAddress().getPort(), "C0DE", "Ada").writeTo(sample.root());
            WatchLoop loop = loop(sample, Optional.of("9.1"));

            loop.handle(new WatchInput.Key(""));

            assertThat(reports.poll(5, TimeUnit.SECONDS)).as("the report the board got after the watch's run of 9.1, within 5 s")
                    .contains("\"name\":\"Ada\"").contains("\"9.1\":\"passed\"").contains("\"next\":\"9.2\"");
            assertThat(shown()).as("the screen after the run").contains("[workbook] sent to the class board: name 'Ada'");
        } finally {
            board.stop(0);
        }
    }

    private WatchLoop loop(SampleStep sample, Optional<String> start) throws Exception {
        ChangedSources build = new ChangedSources(sample.module(), Watch.classPath(getClass().getClassLoader()),
                sample.module().resolve("target/watch"));
        WatchLoop.Settings settings = new WatchLoop.Settings(DEADLINE, false, Optional.empty());
        return new WatchLoop(sample.module(), build, new PrintStream(screen, true, StandardCharsets.UTF_8), clock::get, settings, start);
    }

    /** The sample's code back as the reference has it, every exercise written. */
    private static SampleStep reference(SampleStep sample) throws Exception {
        Path original = Path.of(WatchLoopTest.class.getResource("/sample-step/" + SampleStep.CODE).toURI());
        Files.copy(original, sample.root().resolve(SampleStep.CODE), StandardCopyOption.REPLACE_EXISTING);
        return sample;
    }

    private WatchInput.Saved saved(SampleStep sample) {
        return new WatchInput.Saved(Set.of(sample.root().resolve(SampleStep.CODE)), clock.addAndGet(1_000_000));
    }

    /** What the last screen shows, from its clearing on; the lines printed after it too. */
    private String shown() {
        String all = screen.toString(StandardCharsets.UTF_8);
        return all.substring(Math.max(0, all.lastIndexOf(WatchScreen.CLEAR)));
    }
}
