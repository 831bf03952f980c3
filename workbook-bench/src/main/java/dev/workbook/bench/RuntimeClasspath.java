package dev.workbook.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath the server processes start with: this module's runtime classpath. Under
 * {@code exec:java} that is the plugin's class loader's URLs (Maven's own JVM has another
 * {@code java.class.path}); anywhere else, {@code java.class.path}.
 */
final class RuntimeClasspath {

    private RuntimeClasspath() {
    }

    static String get() {
        ClassLoader loader = RuntimeClasspath.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException notAFile) {
                    // a URL that is no file cannot go on a command line
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
