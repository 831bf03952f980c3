package dev.workbook.step01;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The property both the fuzz test and the replay of its inputs check: any bytes at all, read as
 * frames from a client after the handshake, decode into messages or fail with a close code.
 */
final class AnyFrameBytes {

    private static final long MAX_MESSAGE_BYTES = 64 * 1024;

    private AnyFrameBytes() {
    }

    /** Decodes {@code input} as the server would; throws an {@link AssertionError} on any other failure. */
    static void decodeOrRefuse(byte[] input) {
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
                throw new AssertionError("broken frames must be refused with 1002, 1007 or 1009, not " + code, refused);
            }
        } catch (IOException endOfInput) {
            // the bytes ran out inside a frame: the connection just ends
        }
    }
}
