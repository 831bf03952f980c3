package dev.workbook.testkit;

import dev.workbook.tools.ExerciseRegion;
import dev.workbook.tools.ExerciseRegions;
import dev.workbook.tools.Workbook;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds, in a folder of its own, what a learner edition would hold instead of the reference for
 * some exercises: the stubbed Java files compiled against the step's classes, and the stubbed
 * page scripts. Put first on a class path, it shadows the reference.
 */
final class StubbedBuild {

    /** The Java release the build compiles for: Surefire passes the root pom's {@code maven.compiler.release}. */
    private static final String RELEASE = System.getProperty("workbook.release", "17");

    private final Workbook workbook;
    private final Path module;
    private final String classPath;

    StubbedBuild(Workbook workbook, Path module, String classPath) {
        this.workbook = workbook;
        this.module = module;
        this.classPath = classPath;
    }

    /** Writes and compiles the stubs of {@code exercises} into {@code overlay}. */
    void write(Set<String> exercises, Path overlay) throws IOException {
        write(exercises, Map.of(), overlay);
    }

    /**
     * Writes and compiles into {@code overlay} the step as a learner might have it: the regions of
     * {@code stubbed} exercises holding their stubs, and those in {@code wrong} holding that code.
     */
    void write(Set<String> stubbed, Map<WrongSolution.RegionAt, List<String>> wrong, Path overlay) throws IOException {
        List<Path> javaSources = new ArrayList<>();
        Set<Path> files = new TreeSet<>();
        workbook.regionsIn(module).stream().filter(r -> stubbed.contains(r.number())).map(ExerciseRegion::file).forEach(files::add);
        wrong.keySet().forEach(region -> files.add(region.file()));
        Function<String, String> links = workbook.lessonLinks();
        for (Path file : files) {
            Path absolute = workbook.root().resolve(file);
            List<String> lines = Workbook.lines(absolute);
            List<ExerciseRegion> regions = ExerciseRegions.find(file, lines);
            List<String> written = ExerciseRegions.rewritten(file, lines, region -> Optional.ofNullable(
                    wrong.get(WrongSolution.RegionAt.of(region, regions))).or(() -> stubbed.contains(region.number())
                    ? Optional.of(List.of(ExerciseRegions.stubLine(region, links.apply(region.number())))) : Optional.empty()));
            Path target = targetOf(absolute, overlay);
            Files.createDirectories(target.getParent());
            Files.write(target, written, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".java")) {
                javaSources.add(target);
            }
        }
        compile(javaSources, overlay.resolve("classes"));
    }

    /** A Java source goes where javac reads it; a page's script where the class path serves it, beside the compiled classes. */
    private Path targetOf(Path source, Path overlay) {
        Path java = module.resolve("src/main/java");
        Path resources = module.resolve("src/main/resources");
        if (source.startsWith(java)) {
            return overlay.resolve("sources").resolve(java.relativize(source).toString());
        }
        if (source.startsWith(resources)) {
            return overlay.resolve("classes").resolve(resources.relativize(source).toString());
        }
        throw new IllegalArgumentException(source + " is neither under " + java + " nor under " + resources);
    }

    private void compile(List<Path> sources, Path output) throws IOException {
        Files.createDirectories(output);
        if (sources.isEmpty()) {
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            List<String> options = List.of("-d", output.toString(), "-cp", classPath, "--release", RELEASE, "-proc:none", "-nowarn");
            if (!javac.getTask(errors, files, null, options, null, units).call()) {
                throw new AssertionError("The stubs of " + sources + " do not compile: an exercise region must hold whole "
                        + "statements and end its method, so that 'throw' can replace it.\n" + errors);
            }
        }
    }
}
