package dev.workbook.mends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mend names the library version it was written against, a canary test that exists, and a
 * story in {@code docs/library-notes.md}; and the libraries on the class path are those versions,
 * so that an upgrade stops here first and says which canaries to read.
 */
@Tag("support")
class MendCatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/workbook/mends");
    private static final Path ROOT = Path.of("..");
    private static final Path NOTES = ROOT.resolve("docs/library-notes.md");

    static Stream<Class<?>> mends() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java") && !name.equals("package-info.java"))
                    .<Class<?>>map(name -> load("dev.workbook.mends." + name.substring(0, name.length() - ".java".length())))
                    .filter(type -> type.isAnnotationPresent(Mend.class))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mends")
    @DisplayName("The library on the class path is the version the mend was written against")
    void libraryIsTheVersionItWasWrittenAgainst(Class<?> mend) {
        Mend about = mend.getAnnotation(Mend.class);

        assertThat(versionOnTheClassPath(about.library()))
                .withFailMessage("%s is %s now, but %s was written against %s: run its canary, %s; if it fails, remove the "
                        + "mend, else set version = \"%s\"", about.library(), versionOnTheClassPath(about.library()).orElse("?"),
                        mend.getSimpleName(), about.version(), about.canary(), versionOnTheClassPath(about.library()).orElse("?"))
                .contains(about.version());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mends")
    @DisplayName("The mend's canary test exists")
    void canaryExists(Class<?> mend) throws IOException {
        String canary = mend.getAnnotation(Mend.class).canary();
        String testClass = canary.substring(0, canary.indexOf('#'));
        String method = canary.substring(canary.indexOf('#') + 1);

        boolean found = testSource(testClass).map(source -> source.contains(" void " + method + "(")).orElse(false);

        assertThat(found)
                .withFailMessage("%s names the canary %s, but no module's tests have that class and method", mend.getSimpleName(), canary)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mends")
    @DisplayName("The mend's story is in docs/library-notes.md")
    void storyIsInTheNotes(Class<?> mend) throws IOException {
        String anchor = mend.getAnnotation(Mend.class).notes();
        List<String> anchors = Files.readAllLines(NOTES).stream().filter(line -> line.startsWith("## ") || line.startsWith("### "))
                .map(MendCatalogueTest::anchorOf).toList();

        assertThat(anchors).as("the headings of docs/library-notes.md, as anchors, for %s", mend.getSimpleName()).contains(anchor);
    }

    /** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchorOf(String heading) {
        return heading.replaceFirst("^#+ ", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
    }

    private static Optional<String> versionOnTheClassPath(String library) {
        String[] coordinates = library.split(":");
        String resource = "META-INF/maven/" + coordinates[0] + "/" + coordinates[1] + "/pom.properties";
        try (InputStream in = MendCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> testSource(String simpleName) throws IOException {
        try (Stream<Path> files = Files.find(ROOT, 8, (path, attributes) -> path.getFileName().toString().equals(simpleName + ".java")
                && path.toString().contains("src" + File.separator + "test"))) {
            Optional<Path> found = files.findFirst();
            return found.isEmpty() ? Optional.empty() : Optional.of(Files.readString(found.get()));
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled classes should hold " + name, e);
        }
    }
}
