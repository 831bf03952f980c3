package dev.workbook.testkit;

import dev.workbook.tools.ExerciseRegions;
import dev.workbook.tools.Workbook;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A small made-up workbook with one step of three exercises ({@code src/test/resources/sample-step}),
 * copied into a folder of its own, edited as a learner would, compiled, and its tests run in-process
 * the way a learner's {@code mvn test} runs them.
 *
 * <p>The step's code: 9.1 {@code add}, 9.2 {@code twice} (uses 9.1), 9.3 {@code total} (uses 9.1),
 * and given code. Its tests: {@code GivenCodeTest} (no exercise), {@code AddTest} (9.1),
 * {@code TwiceTest} (9.1 and 9.2), {@code TotalTest} (9.1 and 9.3); alphabetical order is not the
 * exercises' order, so a run in the right order shows that the kit ordered it.
 */
final class SampleStep {

    static final String CODE = "step09-sample/src/main/java/sample/Tally.java";
    static final List<String> TEST_CLASSES = List.of("sample.AddTest", "sample.GivenCodeTest", "sample.TotalTest", "sample.TwiceTest");
    private static final String EVERY_TEST = "!proof & !fuzz & !nginx";

    private final Path root;

    private SampleStep(Path root) {
        this.root = root;
    }

    /** A fresh copy of the sample workbook in {@code folder}, every exercise solved. */
    static SampleStep in(Path folder) {
        try {
            Path source = Path.of(SampleStep.class.getResource("/sample-step").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = folder.resolve(source.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            return new SampleStep(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    Path module() {
        return root.resolve("step09-sample");
    }

    /** Puts the stubs of {@code exercises} in their regions, as the learner edition writes them. */
    SampleStep stub(String... exercises) {
        Set<String> numbers = Set.of(exercises);
        Path file = root.resolve(CODE);
        List<String> stubbed = ExerciseRegions.stubbed(Path.of(CODE), Workbook.lines(file), region -> numbers.contains(region.number()),
                Workbook.at(root).lessonLinks());
        return write(CODE, stubbed);
    }

    /** Replaces {@code text} with {@code replacement} in one file of the sample, which must hold it. */
    SampleStep edit(String file, String text, String replacement) {
        String content = String.join("\n", Workbook.lines(root.resolve(file)));
        if (!content.contains(text)) {
            throw new IllegalArgumentException(file + " does not hold " + text);
        }
        return write(file, List.of(content.replace(text, replacement)));
    }

    private SampleStep write(String file, List<String> lines) {
        try {
            Files.write(root.resolve(file), lines, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the step's code and tests into its {@code target/}, as Maven would. */
    SampleStep compile() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path classes = module().resolve("target/classes");
        compile(module().resolve("src/main/java"), classes, classPath);
        compile(module().resolve("src/test/java"), module().resolve("target/test-classes"), classes + File.pathSeparator + classPath);
        return this;
    }

    private static void compile(Path sources, Path output, String classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
             Stream<Path> found = Files.walk(sources)) {
            Files.createDirectories(output);
            List<Path> units = found.filter(file -> file.toString().endsWith(".java")).toList();
            List<String> options = List.of("-d", output.toString(), "-cp", classPath, "-proc:none", "-nowarn");
            if (!javac.getTask(errors, files, null, options, null, files.getJavaFileObjectsFromPaths(units)).call()) {
                throw new IllegalStateException("the sample step does not compile:\n" + errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the step's tests as a learner's {@code mvn test} would, one exercise at a time. */
    NestedTestRun.Result test() throws Exception {
        return test(Map.of());
    }

    /** Runs the step's tests with these JUnit configuration parameters added (say, the exercises asked for). */
    NestedTestRun.Result test(Map<String, String> parameters) throws Exception {
        Map<String, String> all = new HashMap<>(parameters);
        all.putIfAbsent(ExerciseRun.MODULE, module().toString());
        all.putIfAbsent(ExerciseRun.ASKED, "");
        URL[] folders = {url(module().resolve("target/test-classes")), url(module().resolve("target/classes"))};
        return NestedTestRun.run(folders, TEST_CLASSES, EVERY_TEST, all);
    }

    private static URL url(Path folder) throws MalformedURLException {
        return folder.toUri().toURL();
    }
}
