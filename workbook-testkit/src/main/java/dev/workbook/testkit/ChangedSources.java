package dev.workbook.testkit;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The watch's build: every source file saved since Maven built the step, compiled in-process into
 * a fresh folder for each run (page files copied there), put before Maven's own output, so that a
 * run never sees a class an earlier run compiled.
 */
final class ChangedSources {

    private static final String RELEASE = System.getProperty("workbook.release", "17");
    /** Surefire's default: the classes it would run. */
    private static final String TEST_CLASS = "(Test[^$]*|[^$]*Tests?|[^$]*TestCase)\\.class";

    private final Path module;
    private final String classPath;
    private final Path scratch;
    private final Set<Path> changed = new TreeSet<>();
    private int runs;

    /**
     * @param classPath the step's test class path as Maven resolved it (its libraries and the kit)
     * @param scratch where the runs' folders go, under the step's {@code target/}
     */
    ChangedSources(Path module, String classPath, Path scratch) {
        this.module = module;
        this.classPath = classPath;
        this.scratch = scratch;
    }

    /** What a build gave: the class folders to run on, first first, or javac's errors. */
    record Output(List<Path> classFolders, Optional<String> errors) {
        URL[] urls() {
            return classFolders.stream().map(ChangedSources::url).toArray(URL[]::new);
        }
    }

    /** Adds {@code saved} to the files changed so far and compiles them all into a fresh folder. */
    Output build(Set<Path> saved) throws IOException {
        saved.stream().filter(file -> SourceWatcher.isSource(module, file)).forEach(changed::add);
        changed.removeIf(file -> !Files.isRegularFile(file));
        Path run = scratch.resolve("run-" + ++runs);
        Path classes = run.resolve("classes");
        Path testClasses = run.resolve("test-classes");
        Files.createDirectories(classes);
        Files.createDirectories(testClasses);
        deleteEarlierRuns();
        Path mavenClasses = module.resolve("target/classes");
        Path mavenTestClasses = module.resolve("target/test-classes");
        String mainPath = String.join(File.pathSeparator, mavenClasses.toString(), mavenTestClasses.toString(), classPath);
        Optional<String> errors = compile(sources("src/main/java"), classes, mainPath)
                .or(() -> compile(sources("src/test/java"), testClasses, classes + File.pathSeparator + mainPath));
        copy("src/main/resources", classes);
        copy("src/test/resources", testClasses);
        return new Output(List.of(testClasses, classes, mavenTestClasses, mavenClasses), errors);
    }

    /** The test classes to run: those Maven compiled and those compiled since, by Surefire's rule. */
    static List<String> testClasses(List<Path> classFolders) {
        Set<String> names = new TreeSet<>();
        for (Path folder : classFolders) {
            if (!folder.getFileName().toString().equals("test-classes") || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.getFileName().toString().matches(TEST_CLASS)).map(folder::relativize)
                        .map(file -> file.toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(names);
    }

    private List<Path> sources(String folder) {
        return changed.stream().filter(file -> module.relativize(file).startsWith(folder) && file.toString().endsWith(".java")).toList();
    }

    /** javac's own words, with paths from the workbook's root as the learner types them; empty when it compiled. */
    private Optional<String> compile(List<Path> sources, Path output, String path) {
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", output.toString(), "-cp", path, "--release", RELEASE, "-proc:none", "-nowarn",
                    "-encoding", "UTF-8");
            if (javac.getTask(errors, files, null, options, null, files.getJavaFileObjectsFromPaths(sources)).call()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String root = module.getParent().toString() + File.separator;
        return Optional.of(errors.toString().replace(root, "").stripTrailing());
    }

    private void copy(String folder, Path output) throws IOException {
        Path from = module.resolve(folder);
        for (Path file : changed.stream().filter(f -> f.startsWith(from)).toList()) {
            Path target = output.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the run before this one: a stopped run's threads may still read from it. */
    private void deleteEarlierRuns() throws IOException {
        for (int earlier = runs - 2; earlier > 0 && Files.exists(scratch.resolve("run-" + earlier)); earlier--) {
            try (Stream<Path> files = Files.walk(scratch.resolve("run-" + earlier))) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(folder.toString(), e);
        }
    }
}
