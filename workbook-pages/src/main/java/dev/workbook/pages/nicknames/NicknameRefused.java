package dev.workbook.pages.nicknames;

/** A nickname the rule refuses, with a sentence that tells the person typing it what to change. */
public final class NicknameRefused extends Exception {

    private static final long serialVersionUID = 1L;

    NicknameRefused(String reason) {
        super(reason);
    }
}
