package dev.workbook.step01;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The inputs a fuzz test keeps in its folder of test resources, for a plain JUnit test to replay without Jazzer. */
final class FuzzInputs {

    private FuzzInputs() {
    }

    /** Each file of {@code FuzzTestClassInputs/method/} as (file name, bytes). */
    static Stream<Arguments> of(Class<?> fuzzTest, String method) {
        String folder = fuzzTest.getSimpleName() + "Inputs/" + method;
        try {
            Path inputs = Path.of(fuzzTest.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(inputs)) {
                return files.sorted().map(file -> Arguments.of(file.getFileName().toString(), read(file))).toList().stream();
            }
        } catch (IOException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fuzz inputs at " + folder + " beside " + fuzzTest.getName(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
