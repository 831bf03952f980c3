package dev.workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Tells whether the Node peers can run here: node on the PATH, and ws and socket.io installed by the build. */
public final class NodeCheck {

    private NodeCheck() {
    }

    /** Why the Node servers cannot run, or empty when they can. */
    public static Optional<String> unavailable(Path nodeDir) {
        for (String module : List.of("ws", "socket.io")) {
            if (!Files.isRegularFile(nodeDir.resolve("node_modules").resolve(module).resolve("package.json"))) {
                return Optional.of("the Node peers were skipped: " + module + " is not installed in " + nodeDir.toAbsolutePath()
                        + " (install Node.js with npm, then run 'mvn compile' again, or 'npm ci' in that folder)");
            }
        }
        if (version().isEmpty()) {
            return Optional.of("the Node peers were skipped: 'node' is not on the PATH (install Node.js 18 or newer)");
        }
        return Optional.empty();
    }

    /** What {@code node --version} says, or empty when node is missing. */
    public static Optional<String> version() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException missing) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
