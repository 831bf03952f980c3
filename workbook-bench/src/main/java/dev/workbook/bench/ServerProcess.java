package dev.workbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One server under test, running as a process of its own so that its CPU time and memory are its
 * alone: started on a port, asked for its heap over standard input, and stopped by closing it.
 */
public final class ServerProcess implements AutoCloseable {

    private static final long READY_TIMEOUT_SECONDS = 30;
    private static final long ANSWER_TIMEOUT_SECONDS = 10;
    /** Long enough for a JVM to write its flight recording on the way out. */
    private static final long STOP_TIMEOUT_SECONDS = 15;

    private final ServerKind kind;
    private final String label;
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final int port;

    private ServerProcess(ServerKind kind, String label, Process process, int port) {
        this.kind = kind;
        this.label = label;
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::readLines, "bench-server-out-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code kind} on {@code port} and waits until it says it listens; its stderr goes to {@code log}.
     * A JVM server runs on the JDK in {@code javaHome}; {@code flags} go to its runtime, the JVM's or Node's (a
     * profiler, say).
     */
    public static ServerProcess start(ServerKind kind, int port, Path nodeDir, Path log, List<String> flags, Path javaHome)
            throws IOException {
        List<String> command = kind.isJava() ? javaCommand(javaHome, kind.javaMain(), port, flags) : nodeCommand(kind, port, nodeDir, flags);
        return start(kind, kind.label(), new ProcessBuilder(command).directory(kind.isJava() ? null : nodeDir.toFile()), port, log);
    }

    /** Starts a Java main of this module outside the A/B round (the TCP floor, a probe's server), with extra JVM flags. */
    public static ServerProcess startJava(String mainClass, int port, Path log, List<String> jvmFlags) throws IOException {
        return start(null, mainClass, new ProcessBuilder(javaCommand(Path.of(System.getProperty("java.home")), mainClass, port,
                jvmFlags)), port, log);
    }

    private static ServerProcess start(ServerKind kind, String label, ProcessBuilder builder, int port, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServerProcess server = new ServerProcess(kind, label, builder.start(), port);
        if (server.answer("READY", READY_TIMEOUT_SECONDS) == null) {
            server.close();
            throw new IOException(label + " did not start within " + READY_TIMEOUT_SECONDS + " s; see " + log);
        }
        return server;
    }

    private static List<String> nodeCommand(ServerKind kind, int port, Path nodeDir, List<String> flags) {
        List<String> command = new ArrayList<>(List.of("node", "--expose-gc"));
        command.addAll(flags);
        command.add(nodeDir.resolve(kind.nodeScript()).toString());
        command.add(Integer.toString(port));
        return command;
    }

    /**
     * The classpath of the benchmark; every JVM server gets the same fixed 1 GB heap, so that a full GC never hands
     * memory back and RSS only grows as pages are first touched.
     */
    private static List<String> javaCommand(Path javaHome, String mainClass, int port, List<String> jvmFlags) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-Xms1g");
        command.add("-Xmx1g");
        command.addAll(jvmFlags);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.add("-cp");
        command.add(RuntimeClasspath.get());
        command.add(mainClass);
        command.add(Integer.toString(port));
        return command;
    }

    public ServerKind kind() {
        return kind;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public long cpuTicks() {
        return ProcStats.cpuTicks(pid());
    }

    public long rssBytes() {
        return ProcStats.rssBytes(pid());
    }

    /** The live heap after a full collection, in bytes (V8's heap for Node). */
    public long heapAfterGc() throws IOException {
        return ask("heap", "HEAP", "its heap");
    }

    /** The milliseconds its collector took since it started (V8's for Node). */
    public long gcMillis() throws IOException {
        return ask("gc", "GC", "its GC time");
    }

    /** Sends {@code command} on its standard input and reads the number on the answer line that starts with {@code prefix}. */
    private long ask(String command, String prefix, String what) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
        in.flush();
        String answer = answer(prefix + " ", ANSWER_TIMEOUT_SECONDS);
        if (answer == null) {
            throw new IOException(label + " did not report " + what + " within " + ANSWER_TIMEOUT_SECONDS + " s");
        }
        return Long.parseLong(answer.substring(prefix.length() + 1).trim());
    }

    /** Closes its standard input, which makes it stop; kills it if it has not within a few seconds. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String answer(String prefix, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (System.nanoTime() < deadline && (process.isAlive() || !lines.isEmpty())) {
                String line = lines.poll(50, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }
}
