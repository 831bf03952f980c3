package dev.workbook.step03;

/** Something a client sent that the chat refuses, with the reason the client is told. */
public final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    public Refusal(String reason) {
        super(reason);
    }
}
