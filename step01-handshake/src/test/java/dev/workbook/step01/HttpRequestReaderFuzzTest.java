package dev.workbook.step01;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer looks for request heads that break {@link AnyRequestBytes}: {@code JAZZER_FUZZ=1 mvn test
 * -Pfuzz -pl step01-handshake -am -Dtest=HttpRequestReaderFuzzTest}. Without {@code JAZZER_FUZZ}
 * it replays its inputs under Jazzer's instrumentation, which CI does ({@code -Pfuzz}); a
 * learner's run replays them through {@link HttpRequestReaderInputsTest}.
 */
@Tag("fuzz")
class HttpRequestReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DisplayName("No request head, however broken, makes the handshake fail other than with an HTTP status")
    void anyBytesGetAStatusOrEndOfStream(byte[] input) {
        AnyRequestBytes.answerOrEnd(input);
    }
}
