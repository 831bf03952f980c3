package dev.workbook.step06;

import dev.workbook.testkit.Await;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx in front of two chat nodes, run as a child process in a folder of its own (see
 * {@link NginxConfig}), with no root and no daemon; {@link #close()} stops it and its workers.
 */
final class NginxBalancer implements AutoCloseable {

    /** nginx starts in milliseconds; a busy 2-core machine may take a second or two. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** On SIGTERM nginx's master stops its workers at once, without waiting for open connections. */
    private static final long STOP_TIMEOUT_SECONDS = 5;
    /** Another process can take a free port before nginx binds it: then nginx says so, and we try new ports. */
    private static final int BIND_ATTEMPTS = 3;

    private final NginxConfig config;
    private final Process master;

    private NginxBalancer(NginxConfig config, Process master) {
        this.config = config;
        this.master = master;
    }

    /** Starts {@code binary} in {@code prefix} in front of the nodes on those two ports, and waits until both balancers listen. */
    static NginxBalancer start(Path binary, Path prefix, int firstNodePort, int secondNodePort) throws IOException {
        for (int attempt = 1; ; attempt++) {
            NginxConfig config = NginxConfig.write(prefix, firstNodePort, secondNodePort);
            NginxBalancer nginx = new NginxBalancer(config, launch(binary, config));
            nginx.awaitListeningOrExit();
            if (nginx.master.isAlive()) {
                return nginx;
            }
            String errors = nginx.errorLog();
            nginx.close();
            if (!errors.contains("Address already in use") || attempt == BIND_ATTEMPTS) {
                throw new IOException(binary + " did not start (exit " + nginx.master.exitValue() + "); its error log says: " + errors);
            }
        }
    }

    private static Process launch(Path binary, NginxConfig config) throws IOException {
        List<String> command = List.of(binary.toString(), "-p", config.prefix() + "/", "-e", config.errorLog().toString(),
                "-c", config.file().toString(), "-g", "daemon off;");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(config.prefix().resolve("logs/output.log").toFile()).start();
    }

    private void awaitListeningOrExit() {
        Await.await().atMost(START_TIMEOUT).until("nginx to listen on ports " + config.stickyPort() + " and " + config.roundRobinPort(),
                () -> !master.isAlive() || listening(config.stickyPort()) && listening(config.roundRobinPort()), this::errorLog);
    }

    private static boolean listening(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    NginxConfig config() {
        return config;
    }

    /** What nginx logged as it ran: warnings and errors. */
    String errorLog() {
        try {
            return Files.exists(config.errorLog()) ? Files.readString(config.errorLog(), StandardCharsets.UTF_8).strip() : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Stops the master with SIGTERM, which stops its workers; kills any of them still there after a few seconds. */
    @Override
    public void close() {
        List<ProcessHandle> workers = master.descendants().toList();
        master.destroy();
        try {
            if (!master.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                master.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            for (ProcessHandle worker : workers) {
                worker.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (Exception notStopped) {
            workers.forEach(ProcessHandle::destroyForcibly);
            if (notStopped instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
