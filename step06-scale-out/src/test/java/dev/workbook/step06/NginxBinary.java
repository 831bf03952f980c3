package dev.workbook.step06;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the nginx to run, or fails saying how to install one: the nginx tests are worth nothing without a real nginx. */
final class NginxBinary {

    /** Names the nginx to run, when it is not on the PATH or in the usual places. */
    static final String PROPERTY = "step06.nginx";

    /** Where Debian (/usr/sbin, often not on a user's PATH), source builds and Homebrew put it. */
    private static final List<String> USUAL_FOLDERS = List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/bin", "/opt/homebrew/bin",
            "/usr/local/nginx/sbin");

    private static final String HOW_TO_INSTALL = "The nginx tests (mvn test -Pnginx -pl step06-scale-out -am) run the chat behind a"
            + " real nginx. Install it: `sudo apt-get install nginx` on Debian or Ubuntu, `brew install nginx` on macOS; or name it"
            + " with -D" + PROPERTY + "=/path/to/nginx. It needs no root and no service: the tests start and stop it themselves.";

    private NginxBinary() {
    }

    /** The nginx that {@value #PROPERTY} names, or the first one found on the PATH or in the usual folders. */
    static Path find() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            if (!Files.isExecutable(path)) {
                throw new AssertionError("-D" + PROPERTY + "=" + named + " names no program. " + HOW_TO_INSTALL);
            }
            return path;
        }
        List<Path> looked = candidates();
        return looked.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
                "nginx is not installed (looked in " + looked.stream().map(Path::getParent).distinct().toList() + "). "
                        + HOW_TO_INSTALL));
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                candidates.add(Path.of(folder, "nginx"));
            }
        }
        USUAL_FOLDERS.forEach(folder -> candidates.add(Path.of(folder, "nginx")));
        return candidates;
    }
}
