package dev.workbook.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JavaScript a browser test runs in its page, kept in a {@code .js} file beside the test class
 * (under {@code src/test/resources}, in the test's package) rather than in Java strings.
 */
public final class TestScripts {

    private TestScripts() {
    }

    /** The text of the script {@code name} in {@code owner}'s package; fails loudly, naming it, when it is missing. */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the test script " + name + " is missing beside " + owner.getName()
                        + ": it belongs in src/test/resources/" + owner.getPackageName().replace('.', '/'));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the test script " + name, e);
        }
    }
}
