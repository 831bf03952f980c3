package dev.workbook.step01;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inputs the frame decoder's fuzz test found or was given, replayed without Jazzer in every run. */
class FrameDecoderInputsTest {

    static Stream<Arguments> inputs() {
        return FuzzInputs.of(FrameDecoderFuzzTest.class, "anyBytesDecodeOrFailWithACloseCode");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Tag("exercise-1.3")
    @Tag("exercise-1.4")
    @Tag("exercise-1.6")
    @Tag("exercise-1.7")
    @Tag("exercise-1.8")
    @Tag("exercise-1.9")
    @DisplayName("Each kept stream of broken frames decodes or fails with a close code")
    void keptInputDecodesOrFailsWithACloseCode(String name, byte[] input) {
        AnyFrameBytes.decodeOrRefuse(input);
    }
}
