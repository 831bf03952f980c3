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
import java.util.Set;
import java.util.stream.Collectors;
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
        List<Path> javaSources = new ArrayList<>();
        Set<Path> files = workbook.regionsIn(module).stream().filter(r -> exercises.contains(r.number()))
                .map(ExerciseRegion::file).collect(Collectors.toSet());
        for (Path file : files) {
            Path absolute = workbook.root().resolve(file);
            List<String> stubbed = ExerciseRegions.stubbed(file, Workbook.lines(absolute),
                    region -> exercises.contains(region.number()), workbook.lessonLinks());
            Path relativeToModule = workbook.root().resolve(file).subpath(module.getNameCount(), absolute.getNameCount());
            Path target = file.toString().endsWith(".java")
                    ? overlay.resolve("sources").resolve(relativeToModule.toString())
                    : overlay.resolve("classes").resolve(relativeToModule.subpath(3, relativeToModule.getNameCount()).toString());
            Files.createDirectories(target.getParent());
            Files.write(target, stubbed, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".java")) {
                javaSources.add(target);
            }
        }
        compile(javaSources, overlay.resolve("classes"));
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
            List<String> options = List.of("-d", output.toString(), "-cp", classPath, "--release", "17", "-proc:none", "-nowarn");
            if (!javac.getTask(errors, files, null, options, null, units).call()) {
                throw new AssertionError("The stubs of " + sources + " do not compile: an exercise region must hold whole "
                        + "statements and end its method, so that 'throw' can replace it.\n" + errors);
            }
        }
    }
}
