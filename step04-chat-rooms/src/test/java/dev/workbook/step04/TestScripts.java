package dev.workbook.step04;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The browser tests' JavaScript, kept in .js files beside them under src/test/resources, not in Java strings. */
final class TestScripts {

    private TestScripts() {
    }

    /** The script {@code name} from this package's test resources. */
    static String read(String name) {
        try (InputStream in = TestScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test script " + name + " in src/test/resources/dev/workbook/step04");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the test script " + name, e);
        }
    }
}
