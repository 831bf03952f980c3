package dev.workbook.step03;

/**
 * Something a client sent that the chat refuses, with the reason the client is told and, when one
 * field of the page's form caused it, that field's name, so the page can show the reason beside it.
 */
public final class Refusal extends Exception {

    /** The field a refused nickname came from. */
    public static final String NICKNAME = "nickname";
    /** The field a refused token came from. */
    public static final String TOKEN = "token";
    private static final long serialVersionUID = 1L;

    private final String field;

    public Refusal(String reason) {
        this(reason, null);
    }

    /** A refusal caused by one field of the sign-in form, {@link #NICKNAME} or {@link #TOKEN}. */
    public Refusal(String reason, String field) {
        super(reason);
        this.field = field;
    }

    /** The form field that caused it, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }
}
