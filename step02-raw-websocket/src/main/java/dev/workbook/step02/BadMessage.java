package dev.workbook.step02;

/**
 * A client message the chat refuses: the client gets an {@code error} envelope with this code and
 * reason, and its connection stays open.
 */
public final class BadMessage extends Exception {

    private static final long serialVersionUID = 1L;

    /** The machine-readable reason, such as {@code nickname-taken}; the lesson lists them all. */
    private final String code;

    public BadMessage(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
