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

    /** usable(id), type(id, text) and typeAndPress(id, text, button): see the script's comments. */
    private static final String TYPING = read(TestScripts.class, "page-typing.js");

    private TestScripts() {
    }

    /** {@code script} with the kit's typing before it, so that it types and presses as a person would, in one round trip. */
    public static String withTyping(String script) {
        return TYPING + script;
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
