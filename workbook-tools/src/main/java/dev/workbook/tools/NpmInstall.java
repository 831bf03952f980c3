package dev.workbook.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a step's browser libraries from npm during the build ({@code npm ci}, from its
 * package-lock.json), once. Where npm is missing or fails it says so plainly and lets the build go
 * on: only the page needs these files, never the Java tests.
 */
public final class NpmInstall {

    private static final long TIMEOUT_MINUTES = 5;

    private NpmInstall() {
    }

    /** Arguments: the module folder, and the file (relative to it) that npm must provide. */
    public static void main(String[] args) throws InterruptedException {
        Path module = Path.of(args[0]);
        Path wanted = module.resolve(args[1]);
        if (Files.exists(wanted)) {
            return;
        }
        String npm = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "npm.cmd" : "npm";
        List<String> command = List.of(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        try {
            Process process = new ProcessBuilder(command).directory(module.toFile()).inheritIO().start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                warn(module, "npm ci took more than " + TIMEOUT_MINUTES + " minutes and was stopped");
            } else if (process.exitValue() != 0 || !Files.exists(wanted)) {
                warn(module, "npm ci failed (exit code " + process.exitValue() + "); its messages are above");
            }
        } catch (IOException notInstalled) {
            warn(module, "npm was not found (" + notInstalled.getMessage() + ")");
        }
    }

    private static void warn(Path module, String what) {
        System.out.println("\n[workbook] WARNING: " + what + ".\n"
                + "  The page of " + module.getFileName() + " needs the Socket.IO browser client from npm; the Java tests do not.\n"
                + "  To fix it: install Node.js with npm (https://nodejs.org), then run 'mvn compile' again,\n"
                + "  or run 'npm ci' in " + module.toAbsolutePath().normalize() + " yourself.\n");
    }
}
