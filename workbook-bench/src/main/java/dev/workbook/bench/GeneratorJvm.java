package dev.workbook.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the load generator in a JVM of its own with a fixed heap, rather than inside Maven's: there
 * the heap grows under load and its collections showed up as silences blamed on the servers.
 */
final class GeneratorJvm {

    /** Set in the child, so that it runs the benchmark rather than starting another child. */
    static final String FORKED = "bench.forked";
    /**
     * Fixed, so that no collection resizes the heap mid-cell; a large young generation, so that an echo or a
     * fan-out (about 600 MB of garbage a second at N = 5 000) needs a young collection only every few seconds.
     */
    private static final List<String> HEAP = List.of("-Xms4g", "-Xmx4g", "-Xmn2g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch");

    private GeneratorJvm() {
    }

    static boolean isForked() {
        return Boolean.getBoolean(FORKED);
    }

    /** Starts the benchmark's main in a child JVM with every {@code bench.*} property of this one; returns its exit code. */
    static int runForked(Class<?> main, String[] args) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command(main, args)).inheritIO().start();
        Thread stopChild = new Thread(child::destroy, "bench-stop-generator");
        Runtime.getRuntime().addShutdownHook(stopChild); // Ctrl-C on Maven stops the run, not only Maven
        try {
            return child.waitFor();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        }
    }

    private static List<String> command(Class<?> main, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEAP);
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-D" + FORKED + "=true");
        command.add("-cp");
        command.add(RuntimeClasspath.get());
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
