package dev.workbook.bench.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * What every Java bench server shares with the benchmark over its standard streams: it prints
 * {@code READY <port>} once listening, answers {@code heap} with the live heap after a full GC and
 * {@code gc} with the milliseconds its collectors took so far, and
 * exits when the benchmark closes its standard input, so that no server outlives the benchmark.
 */
final class ServerControl {

    private ServerControl() {
    }

    /** Announces the port, then serves commands until standard input closes; then stops via {@code onExit}. */
    static void ready(int port, Runnable onExit) throws IOException {
        System.out.println("READY " + port);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if ("heap".equals(line.trim())) {
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.println("HEAP " + used);
                System.out.flush();
            } else if ("gc".equals(line.trim())) {
                System.out.println("GC " + gcPauseMillis());
                System.out.flush();
            }
        }
        onExit.run();
        System.exit(0);
    }

    /** The time this JVM's collectors have spent since it started, in milliseconds (the parallel collector's are all pauses). */
    private static long gcPauseMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static int port(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: <main class> PORT");
        }
        return Integer.parseInt(args[0]);
    }
}
