package dev.workbook.step01;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer looks for frames that break {@link AnyFrameBytes}: {@code JAZZER_FUZZ=1 mvn test -Pfuzz
 * -pl step01-handshake -am -Dtest=FrameDecoderFuzzTest}. Without {@code JAZZER_FUZZ} it replays
 * its inputs under Jazzer's instrumentation, which CI does ({@code -Pfuzz}); a learner's run
 * replays them through {@link FrameDecoderInputsTest}, which needs no agent and takes milliseconds.
 */
@Tag("fuzz")
class FrameDecoderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DisplayName("No stream of frames, however broken, makes the decoder fail other than with a close code")
    void anyBytesDecodeOrFailWithACloseCode(byte[] input) {
        AnyFrameBytes.decodeOrRefuse(input);
    }
}
