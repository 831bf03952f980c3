package dev.workbook.testkit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a module is one the Maven command named with {@code -pl}: {@code -am} also builds the
 * steps a step builds on (step 06 builds on step 04), and their watch must not start instead. The
 * watch runs inside Maven's JVM, whose command line ({@code sun.java.command}) holds the {@code -pl}.
 */
final class AskedModule {

    private static final List<String> PROJECTS_OPTIONS = List.of("-pl", "--projects");

    private AskedModule() {
    }

    /** The value of {@code -pl} (or {@code --projects}) in Maven's command line, if it has one. */
    static Optional<String> projectsIn(String commandLine) {
        List<String> words = List.of(commandLine.strip().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (PROJECTS_OPTIONS.contains(word) && i + 1 < words.size()) {
                return Optional.of(words.get(i + 1));
            }
            if (word.startsWith("--projects=")) {
                return Optional.of(word.substring("--projects=".length()));
            }
        }
        return Optional.empty();
    }

    /** True when {@code projects}, a {@code -pl} value ({@code step06-scale-out}, or several, comma-separated), names {@code module}'s folder. */
    static boolean isAsked(String projects, Path module) {
        String folder = module.getFileName().toString();
        return Arrays.stream(projects.split(",")).map(String::strip).map(AskedModule::lastName).anyMatch(folder::equals);
    }

    /** The module's name in an entry of {@code -pl}: {@code ./step06-scale-out/}, {@code :step06-scale-out}, {@code dev.workbook:step06-scale-out}. */
    private static String lastName(String entry) {
        String name = entry.replace('\\', '/');
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
    }
}
