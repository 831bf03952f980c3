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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
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
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
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

    /**
     * Compiles {@code sources} once into a folder no run reads: javac's first compile in a JVM is
     * several times slower than the next, and the learner's first save should not pay for it.
     */
    void warmUp(Set<Path> sources) throws IOException {
        Path folder = scratch.resolve("warm-up");
        Files.createDirectories(folder);
        List<Path> java = sources.stream().filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).toList();
        compile(java, folder, String.join(File.pathSeparator, module.resolve("target/classes").toString(), classPath));
    }

    /**
     * The test classes to run, by Surefire's rule: those Maven compiled and those compiled since;
     * with a tag, only those whose class files name it, themselves, in a nested class, or through
     * an annotation of the step that carries it (such as {@code @ExchangesFrames}). Reading the
     * bytes is far quicker than loading every class for JUnit to look at its tags, and JUnit's
     * own filter still decides: a class taken here that does not carry the tag runs nothing.
     */
    static List<String> testClasses(List<Path> classFolders, String tag) {
        Map<String, String> classes = classFiles(classFolders);
        Set<String> markers = new TreeSet<>();
        Set<String> carriers = new TreeSet<>();
        if (!tag.isEmpty()) {
            markers.add(tag);
            for (int before = -1; before != carriers.size(); ) {
                before = carriers.size();
                classes.forEach((name, bytes) -> {
                    if (markers.stream().anyMatch(bytes::contains)) {
                        carriers.add(name);
                        if (!isTestClass(name)) {
                            markers.add("L" + name + ";"); // an annotation that carries the tag, as its users name it
                        }
                    }
                });
            }
        }
        Set<String> names = new TreeSet<>();
        classes.keySet().stream().filter(ChangedSources::isTestClass)
                .filter(name -> tag.isEmpty() || carriers.stream().anyMatch(c -> c.equals(name) || c.startsWith(name + "$")))
                .forEach(name -> names.add(name.replace('/', '.')));
        return new ArrayList<>(names);
    }

    private static boolean isTestClass(String internalName) {
        return (internalName.substring(internalName.lastIndexOf('/') + 1) + ".class").matches(TEST_CLASS);
    }

    /** Every class file of the test folders by internal name ({@code dev/workbook/step01/FrameTest}), as Latin-1 text; the first folder wins. */
    private static Map<String, String> classFiles(List<Path> classFolders) {
        Map<String, String> classes = new TreeMap<>();
        for (Path folder : classFolders) {
            if (!folder.getFileName().toString().equals("test-classes") || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = folder.relativize(file).toString().replace(File.separatorChar, '/').replaceAll("\\.class$", "");
                    if (!classes.containsKey(name)) {
                        classes.put(name, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classes;
    }

    private List<Path> sources(String folder) {
        return changed.stream().filter(file -> module.relativize(file).startsWith(folder) && file.toString().endsWith(".java")).toList();
    }

    /** javac's own words, with paths from the workbook's root as the learner types them; empty when it compiled. */
    private Optional<String> compile(List<Path> sources, Path output, String path) {
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        StringWriter errors = new StringWriter();
        try {
            // One file manager for the watch's life: it keeps the class path's jars open and indexed,
            // which makes the second and later compiles several times quicker than the first.
            files.setLocationFromPaths(StandardLocation.CLASS_PATH,
                    Arrays.stream(path.split(File.pathSeparator)).filter(e -> !e.isEmpty()).map(Path::of).toList());
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            List<String> options = List.of("--release", RELEASE, "-proc:none", "-nowarn", "-encoding", "UTF-8");
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
