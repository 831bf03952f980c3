package dev.workbook.step01;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * Any bytes at all, as frames from a client after the handshake: the decoder either reads
 * messages or fails the connection with a close code, and never fails in any other way.
 *
 * <p>{@code mvn test} replays the inputs in {@code FrameDecoderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} and {@code -Dtest=FrameDecoderFuzzTest} Jazzer looks for new ones.
 */
class FrameDecoderFuzzTest {

    private static final long MAX_MESSAGE_BYTES = 64 * 1024;

    @FuzzTest(maxDuration = "30s")
    @Tag("exercise-1.3")
    @Tag("exercise-1.4")
    @Tag("exercise-1.6")
    @Tag("exercise-1.7")
    @Tag("exercise-1.8")
    @Tag("exercise-1.9")
    @DisplayName("No stream of frames, however broken, makes the decoder fail other than with a close code")
    void anyBytesDecodeOrFailWithACloseCode(byte[] input) {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(input));
        MessageAssembler assembler = new MessageAssembler(MAX_MESSAGE_BYTES);
        try {
            FrameHeader header;
            while ((header = reader.readHeader()) != null) {
                FrameRules.check(header);
                if (header.knownOpcode().isControl()) {
                    byte[] payload = reader.readSmallPayload(header);
                    if (header.knownOpcode() == Opcode.CLOSE) {
                        CloseFrame.parse(payload);
                    }
                } else {
                    assembler.beginFrame(header);
                    reader.readPayload(header, assembler::append);
                    assembler.endFrame();
                }
            }
        } catch (ProtocolException refused) {
            int code = refused.closeCode();
            if (code != CloseCodes.PROTOCOL_ERROR && code != CloseCodes.INVALID_PAYLOAD && code != CloseCodes.MESSAGE_TOO_BIG) {
                throw new AssertionError("unexpected close code " + code, refused);
            }
        } catch (IOException endOfInput) {
            // the bytes ran out inside a frame: the connection just ends
        }
    }
}
