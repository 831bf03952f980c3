package dev.workbook.step01;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inputs the request reader's fuzz test found or was given, replayed without Jazzer in every run. */
class HttpRequestReaderInputsTest {

    static Stream<Arguments> inputs() {
        return FuzzInputs.of(HttpRequestReaderFuzzTest.class, "anyBytesGetAStatusOrEndOfStream");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Tag("exercise-1.2")
    @DisplayName("Each kept broken request head gets a status or ends the connection")
    void keptInputGetsAStatusOrEnds(String name, byte[] input) {
        AnyRequestBytes.answerOrEnd(input);
    }
}
