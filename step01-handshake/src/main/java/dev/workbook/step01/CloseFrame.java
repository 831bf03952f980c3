package dev.workbook.step01;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The payload of a close frame: an optional 2-byte status code, then an optional UTF-8 reason.
 *
 * @param code the status code, or {@link CloseCodes#NO_STATUS} when the payload was empty
 * @param reason the reason, possibly empty
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455#section-5.5.1">RFC 6455, section 5.5.1</a>
 */
public record CloseFrame(int code, String reason) {

    /** Longest reason that fits a control frame beside the 2-byte code. */
    public static final int MAX_REASON_BYTES = FrameRules.MAX_CONTROL_PAYLOAD - 2;

    /**
     * Decodes a close frame's payload.
     *
     * @throws ProtocolException 1002 for a 1-byte payload or a code no peer may send; 1007 for a
     *     reason that is not UTF-8
     */
    public static CloseFrame parse(byte[] payload) throws ProtocolException {
        // BEGIN EXERCISE 1.9: Decode the big-endian code and the UTF-8 reason; refuse a 1-byte payload or a bad code (1002) and bad UTF-8 (1007).
        if (payload.length == 0) {
            return new CloseFrame(CloseCodes.NO_STATUS, "");
        }
        if (payload.length == 1) {
            throw new ProtocolException(CloseCodes.PROTOCOL_ERROR, "close payload of 1 byte: a code takes 2");
        }
        int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        if (!CloseCodes.isValidOnTheWire(code)) {
            throw new ProtocolException(CloseCodes.PROTOCOL_ERROR, "close code " + code + " may not be sent");
        }
        byte[] reason = Arrays.copyOfRange(payload, 2, payload.length);
        if (!Utf8Validator.isValid(reason)) {
            throw new ProtocolException(CloseCodes.INVALID_PAYLOAD, "close reason is not valid UTF-8");
        }
        return new CloseFrame(code, new String(reason, StandardCharsets.UTF_8));
        // END EXERCISE 1.9
    }

    /** Encodes code and reason, cutting the reason to fit (never inside a character). */
    public byte[] toPayload() {
        if (code == CloseCodes.NO_STATUS) {
            return new byte[0];
        }
        byte[] reasonBytes = fitReason(reason);
        byte[] payload = new byte[2 + reasonBytes.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(reasonBytes, 0, payload, 2, reasonBytes.length);
        return payload;
    }

    private static byte[] fitReason(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return bytes;
        }
        int cut = MAX_REASON_BYTES;
        while ((bytes[cut] & 0xC0) == 0x80) { // never cut between a character's bytes
            cut--;
        }
        return Arrays.copyOf(bytes, cut);
    }
}
