package dev.workbook.step06;

import dev.workbook.socketio.FreePortStart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The balancers' nginx.conf, from the template in {@code src/test/resources/nginx/} with free ports
 * filled in, and the folder nginx runs in (its prefix): the config, {@code logs/} and {@code temp/}.
 *
 * @param prefix the folder nginx runs in
 * @param stickyPort where the sticky balancer listens
 * @param roundRobinPort where the round-robin balancer listens
 */
record NginxConfig(Path prefix, int stickyPort, int roundRobinPort) {

    static final String TEMPLATE = "/nginx/nginx.conf.template";

    /** Writes the config for the nodes on those two ports into {@code prefix}, with balancers on two free ports. */
    static NginxConfig write(Path prefix, int firstNodePort, int secondNodePort) throws IOException {
        NginxConfig config = new NginxConfig(prefix, FreePortStart.freePort("127.0.0.1"), FreePortStart.freePort("127.0.0.1"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        readableByWorkers(prefix);
        String text = template()
                .replace("@NODE_1_PORT@", Integer.toString(firstNodePort))
                .replace("@NODE_2_PORT@", Integer.toString(secondNodePort))
                .replace("@STICKY_PORT@", Integer.toString(config.stickyPort))
                .replace("@ROUND_ROBIN_PORT@", Integer.toString(config.roundRobinPort));
        Files.writeString(config.file(), text, StandardCharsets.UTF_8);
        return config;
    }

    Path file() {
        return prefix.resolve("nginx.conf");
    }

    Path errorLog() {
        return prefix.resolve("logs/error.log");
    }

    Path accessLog() {
        return prefix.resolve("logs/access.log");
    }

    private static String template() throws IOException {
        try (InputStream in = NginxConfig.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException(TEMPLATE + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Run as root, nginx's workers drop to "nobody": they must still reach the temp folders in our private temp dir. */
    private static void readableByWorkers(Path prefix) throws IOException {
        if (prefix.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
