package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.FRAGMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Frames joined into messages: the fragmentation rules, the size limit and UTF-8 (RFC 6455
 * section 5.4). Tests whose text goes through exercise 1.7's {@link Utf8Validator} carry its tag too.
 */
class MessageAssemblerTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};
    private static final long LIMIT = 1024;
    /** κόσμε, with the ό (U+1F79) of Markus Kuhn's UTF-8 test file: ce ba e1 bd b9 cf 83 ce bc ce b5. */
    private static final String KOSME = "\u03ba\u1f79\u03c3\u03bc\u03b5";

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A single final frame is a whole message at once")
    void singleFrameMessage() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);

        Message message = deliver(assembler, true, Opcode.BINARY, HEX.parseHex("01 02 03"));

        assertThat(message).as("%s: endFrame() after a final binary frame should return the message", FRAGMENTS).isNotNull();
        assertThat(message.type()).as("%s: type of the message", FRAGMENTS).isEqualTo(Opcode.BINARY);
        assertThat(message.payload()).as("%s: payload of the message", FRAGMENTS).isEqualTo(HEX.parseHex("01 02 03"));
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("Binary in three fragments comes out as one message after the last")
    void fragmentedBinary() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);

        Message afterFirst = deliver(assembler, false, Opcode.BINARY, HEX.parseHex("01 02"));
        Message afterSecond = deliver(assembler, false, Opcode.CONTINUATION, HEX.parseHex("03"));
        Message afterLast = deliver(assembler, true, Opcode.CONTINUATION, HEX.parseHex("04 05"));

        assertThat(afterFirst).as("%s: endFrame() after the first fragment (FIN off)", FRAGMENTS).isNull();
        assertThat(afterSecond).as("%s: endFrame() after the second fragment (FIN off)", FRAGMENTS).isNull();
        assertThat(afterLast).as("%s: endFrame() after the final continuation", FRAGMENTS).isNotNull();
        assertThat(afterLast.type()).as("%s: type of the joined message: the first frame's", FRAGMENTS).isEqualTo(Opcode.BINARY);
        assertThat(afterLast.payload()).as("%s: the three payloads joined", FRAGMENTS).isEqualTo(HEX.parseHex("01 02 03 04 05"));
    }

    @Test
    @Tag("exercise-1.7")
    @Tag("exercise-1.8")
    @DisplayName("Text in three fragments, split inside characters, comes out as one message")
    void fragmentedText() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);

        Message afterFirst = deliver(assembler, false, Opcode.TEXT, HEX.parseHex("ce ba e1"));
        Message afterSecond = deliver(assembler, false, Opcode.CONTINUATION, HEX.parseHex("bd b9 cf"));
        Message afterLast = deliver(assembler, true, Opcode.CONTINUATION, HEX.parseHex("83 ce bc ce b5"));

        assertThat(afterFirst).as("%s: endFrame() after the first fragment (FIN off)", FRAGMENTS).isNull();
        assertThat(afterSecond).as("%s: endFrame() after the second fragment (FIN off)", FRAGMENTS).isNull();
        assertThat(afterLast).as("%s: endFrame() after the final continuation", FRAGMENTS).isNotNull();
        assertThat(afterLast.type()).as("%s: type of the joined message", FRAGMENTS).isEqualTo(Opcode.TEXT);
        assertThat(afterLast.text()).as("%s: \"κόσμε\" sent as [ce ba e1] [bd b9 cf] [83 ce bc ce b5]", FRAGMENTS).isEqualTo(KOSME);
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("After a message ends, the next one starts afresh")
    void messagesInARow() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);

        Message first = deliver(assembler, true, Opcode.BINARY, HEX.parseHex("01"));
        Message second = deliver(assembler, true, Opcode.BINARY, HEX.parseHex("02"));

        assertThat(first.payload()).as("%s: the first message", FRAGMENTS).isEqualTo(HEX.parseHex("01"));
        assertThat(second).as("%s: endFrame() after a second final frame", FRAGMENTS).isNotNull();
        assertThat(second.payload()).as("%s: the second message holds only its own bytes", FRAGMENTS).isEqualTo(HEX.parseHex("02"));
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A continuation frame with nothing to continue is refused with 1002")
    void continuationWithoutAMessage() {
        MessageAssembler assembler = new MessageAssembler(LIMIT);

        Throwable thrown = catchThrowable(() -> assembler.beginFrame(header(true, Opcode.CONTINUATION, 2)));

        assertRefused(thrown, CloseCodes.PROTOCOL_ERROR, "a continuation frame as the very first frame");
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A continuation frame after a finished message is refused with 1002")
    void continuationAfterTheMessageEnded() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);
        deliver(assembler, true, Opcode.BINARY, HEX.parseHex("01"));

        Throwable thrown = catchThrowable(() -> assembler.beginFrame(header(true, Opcode.CONTINUATION, 2)));

        assertRefused(thrown, CloseCodes.PROTOCOL_ERROR, "a continuation frame after a final frame");
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A new text frame while a message is unfinished is refused with 1002")
    void newMessageBeforeTheLastEnded() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);
        deliver(assembler, false, Opcode.BINARY, HEX.parseHex("01 02"));

        Throwable thrown = catchThrowable(() -> assembler.beginFrame(header(true, Opcode.TEXT, 2)));

        assertRefused(thrown, CloseCodes.PROTOCOL_ERROR, "a text frame while a binary message waits for its continuation");
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A message that grows past the limit across fragments is refused with 1009 before its payload is read")
    void messageOverTheLimitAcrossFragments() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(10);
        deliver(assembler, false, Opcode.BINARY, new byte[6]);

        Throwable thrown = catchThrowable(() -> assembler.beginFrame(header(true, Opcode.CONTINUATION, 5)));

        assertRefused(thrown, CloseCodes.MESSAGE_TOO_BIG,
                "beginFrame() of a 5-byte continuation after 6 bytes, with a limit of 10 (refuse from the header, before reading)");
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A single frame over the limit is refused with 1009 from its header alone")
    void singleFrameOverTheLimit() {
        MessageAssembler assembler = new MessageAssembler(10);

        Throwable thrown = catchThrowable(() -> assembler.beginFrame(header(true, Opcode.BINARY, 11)));

        assertRefused(thrown, CloseCodes.MESSAGE_TOO_BIG, "beginFrame() of an 11-byte frame with a limit of 10");
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("A message of exactly the limit is accepted")
    void messageOfExactlyTheLimit() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(10);

        deliver(assembler, false, Opcode.BINARY, new byte[6]);
        Message message = deliver(assembler, true, Opcode.CONTINUATION, new byte[4]);

        assertThat(message).as("%s: a 6 + 4 byte message with a limit of 10", FRAGMENTS).isNotNull();
        assertThat(message.payload()).as("%s: payload of a 6 + 4 byte message", FRAGMENTS).hasSize(10);
    }

    @Test
    @Tag("exercise-1.7")
    @Tag("exercise-1.8")
    @DisplayName("Invalid UTF-8 in text is refused with 1007 as soon as it arrives, before the frame ends")
    void invalidUtf8IsRefusedAtAppend() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);
        byte[] payload = HEX.parseHex("6f 6b c0 80");
        assembler.beginFrame(header(false, Opcode.TEXT, payload.length));

        Throwable thrown = catchThrowable(() -> assembler.append(payload, 0, payload.length));

        assertRefused(thrown, CloseCodes.INVALID_PAYLOAD, "append() of the text [6f 6b c0 80] (overlong NUL)");
    }

    @Test
    @Tag("exercise-1.7")
    @Tag("exercise-1.8")
    @DisplayName("Text whose final frame ends in the middle of a character is refused with 1007")
    void textEndingInsideACharacter() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);
        byte[] payload = HEX.parseHex("6f 6b ce");
        assembler.beginFrame(header(true, Opcode.TEXT, payload.length));
        assembler.append(payload, 0, payload.length);

        Throwable thrown = catchThrowable(assembler::endFrame);

        assertRefused(thrown, CloseCodes.INVALID_PAYLOAD, "endFrame() of a final text frame [6f 6b ce], cut inside κ");
    }

    @Test
    @Tag("exercise-1.8")
    @DisplayName("Binary is not checked as UTF-8")
    void binaryIsNotUtf8Checked() throws ProtocolException {
        MessageAssembler assembler = new MessageAssembler(LIMIT);

        Message message = deliver(assembler, true, Opcode.BINARY, HEX.parseHex("ff fe c0 80 ce"));

        assertThat(message).as("%s: a binary frame of bytes that are not UTF-8", FRAGMENTS).isNotNull();
        assertThat(message.payload()).as("%s: its payload", FRAGMENTS).isEqualTo(HEX.parseHex("ff fe c0 80 ce"));
    }

    /** One frame through the assembler: begin, the whole payload, end. */
    private static Message deliver(MessageAssembler assembler, boolean fin, Opcode opcode, byte[] payload) throws ProtocolException {
        assembler.beginFrame(header(fin, opcode, payload.length));
        assembler.append(payload, 0, payload.length);
        return assembler.endFrame();
    }

    private static FrameHeader header(boolean fin, Opcode opcode, long payloadLength) {
        return new FrameHeader(fin, 0, opcode.code(), true, payloadLength, KEY);
    }

    private static void assertRefused(Throwable thrown, int closeCode, String what) {
        assertThat(thrown).as("%s: %s should be refused with a ProtocolException", FRAGMENTS, what)
                .isInstanceOf(ProtocolException.class);
        assertThat(((ProtocolException) thrown).closeCode()).as("%s: close code for %s", FRAGMENTS, what).isEqualTo(closeCode);
    }
}
