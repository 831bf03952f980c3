package dev.workbook.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.bench.BenchConfig;
import dev.workbook.bench.Machine;
import dev.workbook.bench.NodeCheck;
import dev.workbook.bench.load.PerfStat;
import io.netty.util.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What ran: the date, the machine (CPU model, cores, kernel, whether perf counts instructions), the
 * runtimes, the JVM servers' collector and the libraries' versions, read from the jars and node_modules.
 */
public final class Versions {

    private Versions() {
    }

    public static Map<String, String> of(BenchConfig config) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        versions.put("cpu", Machine.cpuModel());
        versions.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        versions.put("kernel", Machine.kernel());
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        versions.put("instructions", PerfStat.supported() ? "counted by perf stat" : "not countable here (perf stat: not supported)");
        versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        versions.put("gc", config.gc());
        versions.put("handOff", config.handOffOnOneCore() ? "Java-WebSocket's selector and decoder threads on one CPU"
                : "Java-WebSocket's threads where the scheduler puts them");
        versions.put("virtualThreadsJdk", config.virtualJdk().map(Versions::jdkName).orElse("none found"));
        versions.put("Java-WebSocket", pomVersion("org.java-websocket", "Java-WebSocket"));
        versions.put("netty-socketio", pomVersion("com.corundumstudio.socketio", "netty-socketio"));
        Version netty = Version.identify().get("netty-transport");
        versions.put("netty", netty == null ? "unknown" : netty.artifactVersion());
        versions.put("node", NodeCheck.version().orElse("not found"));
        versions.put("ws", npmVersion(config.nodeDir(), "ws"));
        versions.put("socket.io", npmVersion(config.nodeDir(), "socket.io"));
        return versions;
    }

    /** {@code 25.0.3 (/usr/lib/jvm/temurin-25-jdk-amd64)}, from the JDK's release file. */
    private static String jdkName(Path home) {
        try {
            Properties release = new Properties();
            try (InputStream in = Files.newInputStream(home.resolve("release"))) {
                release.load(in);
            }
            return release.getProperty("JAVA_VERSION", "?").replace("\"", "") + " (" + home + ")";
        } catch (IOException e) {
            return home.toString();
        }
    }

    private static String pomVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String npmVersion(Path nodeDir, String module) {
        Path manifest = nodeDir.resolve("node_modules").resolve(module).resolve("package.json");
        try {
            return Files.isRegularFile(manifest) ? new ObjectMapper().readTree(manifest.toFile()).path("version").asText("unknown")
                    : "not installed";
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
