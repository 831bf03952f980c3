package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.FRAME_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a client's frame header must follow before its payload is read (RFC 6455 sections 5.1, 5.2, 5.5). */
class FrameRulesTest {

    private static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    static Stream<Arguments> validHeaders() {
        return Stream.of(
                Arguments.argumentSet("a masked text frame", masked(true, 0x1, 5)),
                Arguments.argumentSet("a masked first fragment of binary", masked(false, 0x2, 1_000_000)),
                Arguments.argumentSet("a masked middle continuation", masked(false, 0x0, 10)),
                Arguments.argumentSet("a masked final continuation", masked(true, 0x0, 10)),
                Arguments.argumentSet("a masked close frame with no payload", masked(true, 0x8, 0)),
                Arguments.argumentSet("a masked ping of 125 bytes, the most a control frame may carry", masked(true, 0x9, 125)),
                Arguments.argumentSet("a masked pong", masked(true, 0xA, 4)));
    }

    @ParameterizedTest
    @MethodSource("validHeaders")
    @Tag("exercise-1.6")
    @DisplayName("A frame that follows every rule passes")
    void validFramePasses(FrameHeader header) {
        Throwable thrown = catchThrowable(() -> FrameRules.check(header));

        assertThat(thrown).as("%s: %s breaks no rule and should pass", FRAME_RULES, describe(header)).isNull();
    }

    @ParameterizedTest(name = "RSV = {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    @Tag("exercise-1.6")
    @DisplayName("A frame with any RSV bit set is refused with 1002, as no extension was agreed")
    void reservedBitsAreRefused(int rsv) {
        FrameHeader header = new FrameHeader(true, rsv, 0x1, true, 5, KEY);

        Throwable thrown = catchThrowable(() -> FrameRules.check(header));

        assertProtocolError(thrown, header);
    }

    @ParameterizedTest(name = "opcode 0x{0}")
    @ValueSource(strings = {"3", "4", "5", "6", "7", "B", "C", "D", "E", "F"})
    @Tag("exercise-1.6")
    @DisplayName("A frame with a reserved opcode is refused with 1002")
    void reservedOpcodesAreRefused(String opcodeHex) {
        int opcode = Integer.parseInt(opcodeHex, 16);
        FrameHeader header = new FrameHeader(true, 0, opcode, true, 5, KEY);

        Throwable thrown = catchThrowable(() -> FrameRules.check(header));

        assertProtocolError(thrown, header);
    }

    @ParameterizedTest(name = "opcode 0x{0}")
    @ValueSource(strings = {"1", "2", "9"})
    @Tag("exercise-1.6")
    @DisplayName("An unmasked frame from a client is refused with 1002")
    void unmaskedFramesAreRefused(String opcodeHex) {
        int opcode = Integer.parseInt(opcodeHex, 16);
        FrameHeader header = new FrameHeader(true, 0, opcode, false, 5, null);

        Throwable thrown = catchThrowable(() -> FrameRules.check(header));

        assertProtocolError(thrown, header);
    }

    @ParameterizedTest(name = "opcode 0x{0}")
    @ValueSource(strings = {"8", "9", "A"})
    @Tag("exercise-1.6")
    @DisplayName("A fragmented control frame (FIN off) is refused with 1002")
    void fragmentedControlFramesAreRefused(String opcodeHex) {
        int opcode = Integer.parseInt(opcodeHex, 16);
        FrameHeader header = new FrameHeader(false, 0, opcode, true, 2, KEY);

        Throwable thrown = catchThrowable(() -> FrameRules.check(header));

        assertProtocolError(thrown, header);
    }

    @ParameterizedTest(name = "opcode 0x{0}")
    @ValueSource(strings = {"8", "9", "A"})
    @Tag("exercise-1.6")
    @DisplayName("A control frame with a payload of 126 bytes is refused with 1002")
    void longControlFramesAreRefused(String opcodeHex) {
        int opcode = Integer.parseInt(opcodeHex, 16);
        FrameHeader header = new FrameHeader(true, 0, opcode, true, 126, KEY);

        Throwable thrown = catchThrowable(() -> FrameRules.check(header));

        assertProtocolError(thrown, header);
    }

    private static void assertProtocolError(Throwable thrown, FrameHeader header) {
        assertThat(thrown).as("%s: %s should be refused with a ProtocolException", FRAME_RULES, describe(header))
                .isInstanceOf(ProtocolException.class);
        assertThat(((ProtocolException) thrown).closeCode()).as("%s: close code for %s", FRAME_RULES, describe(header))
                .isEqualTo(CloseCodes.PROTOCOL_ERROR);
    }

    private static FrameHeader masked(boolean fin, int opcode, long payloadLength) {
        return new FrameHeader(fin, 0, opcode, true, payloadLength, KEY);
    }

    private static String describe(FrameHeader header) {
        return String.format("the frame (FIN=%s, RSV=%d, opcode=0x%X, MASK=%s, length=%d)",
                header.fin(), header.rsv(), header.opcode(), header.masked(), header.payloadLength());
    }
}
