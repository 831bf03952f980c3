package dev.workbook.step04;

/**
 * Why the chat turned a request down: a code a program can test, and a sentence for people. The
 * client gets both in its acknowledgement, {@code {ok: false, code, error}}.
 */
public final class Refusal extends Exception {

    public static final String BAD_REQUEST = "bad-request";
    /** A nickname the workbook's nickname rule refuses (handshake only). */
    public static final String BAD_NICKNAME = "bad-nickname";
    /** A nickname someone else online has, or one that looks like it (handshake only). */
    public static final String NICKNAME_TAKEN = "nickname-taken";
    public static final String BAD_ROOM = "bad-room";
    public static final String NOT_IN_ROOM = "not-in-room";
    public static final String TOO_MANY_ROOMS = "too-many-rooms";
    public static final String EMPTY = "empty";
    public static final String TOO_LONG = "too-long";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String UNKNOWN_USER = "unknown-user";
    public static final String SERVER_ERROR = "server-error";
    /** The chat's shared store is unreachable for now (step 06's Redis): the same request may succeed in a moment. */
    public static final String UNAVAILABLE = "unavailable";

    private final String code;
    private final long retryAfterMillis;

    public Refusal(String code, String message) {
        this(code, message, 0);
    }

    /** A refusal that tells the client when to try again. */
    public Refusal(String code, String message, long retryAfterMillis) {
        super(message, null, false, false); // a client's mistake needs no stack trace
        this.code = code;
        this.retryAfterMillis = retryAfterMillis;
    }

    /** The refusal of a request the chat cannot answer while its shared store is out of reach; {@code retry} says what to do. */
    public static Refusal unavailable(String retry) {
        return new Refusal(UNAVAILABLE, "the chat cannot reach its store just now: " + retry + " in a moment");
    }

    public String code() {
        return code;
    }

    /** How long to wait before trying again, or 0 when waiting would not help. */
    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
