package dev.workbook.step01;

import java.io.ByteArrayOutputStream;

/**
 * Joins the frames of a fragmented message into one {@link Message}, enforcing the message size
 * limit and checking text as UTF-8 while it arrives.
 *
 * <p>A message is one data frame (text or binary) followed by zero or more continuation frames;
 * the last has FIN set. Control frames may come in between and are not given to the assembler.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.4">RFC 6455, section 5.4</a>
 */
public final class MessageAssembler {

    private final long maxMessageBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Opcode type;
    private boolean finalFrame;
    private Utf8Validator utf8;

    /** An assembler that refuses messages over {@code maxMessageBytes} with 1009. */
    public MessageAssembler(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Starts a data frame: a new message (text or binary) or a continuation of the current one.
     *
     * @throws ProtocolException 1002 for a continuation with no message to continue, or a new
     *     message before the last one ended; 1009 when the message would grow past the limit
     */
    public void beginFrame(FrameHeader header) throws ProtocolException {
        // BEGIN EXERCISE 1.8: Enforce the fragmentation rules (1002) and the size limit (1009), then start or continue the message.
        boolean continuation = header.knownOpcode() == Opcode.CONTINUATION;
        if (continuation && type == null) {
            throw new ProtocolException(CloseCodes.PROTOCOL_ERROR, "continuation frame without a message to continue");
        }
        if (!continuation && type != null) {
            throw new ProtocolException(CloseCodes.PROTOCOL_ERROR, "new message started before the previous one's final frame");
        }
        if (buffer.size() + header.payloadLength() > maxMessageBytes) {
            throw new ProtocolException(CloseCodes.MESSAGE_TOO_BIG, "message larger than " + maxMessageBytes + " bytes");
        }
        if (!continuation) {
            type = header.knownOpcode();
            utf8 = new Utf8Validator();
        }
        finalFrame = header.fin();
        // END EXERCISE 1.8
    }

    /** Adds a piece of the current frame's payload; refuses bad UTF-8 in text at once with 1007. */
    public void append(byte[] data, int offset, int length) throws ProtocolException {
        buffer.write(data, offset, length);
        if (type == Opcode.TEXT && !utf8.accept(data, offset, length)) {
            throw new ProtocolException(CloseCodes.INVALID_PAYLOAD, "text message is not valid UTF-8");
        }
    }

    /**
     * Ends the current frame. Returns the whole message after its final frame, else {@code null}.
     *
     * @throws ProtocolException 1007 when a text message ends in the middle of a UTF-8 character
     */
    public Message endFrame() throws ProtocolException {
        // BEGIN EXERCISE 1.8: After the final frame, check the text ends on a whole character (1007), return the message and reset.
        if (!finalFrame) {
            return null;
        }
        if (type == Opcode.TEXT && !utf8.isComplete()) {
            throw new ProtocolException(CloseCodes.INVALID_PAYLOAD, "text message ends inside a UTF-8 character");
        }
        Message message = new Message(type, buffer.toByteArray());
        buffer.reset();
        type = null;
        return message;
        // END EXERCISE 1.8
    }
}
