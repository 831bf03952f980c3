package dev.workbook.classroom;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code prints to standard output, caught so that a test can read the line a learner reads. */
final class Printed {

    private Printed() {
    }

    static synchronized String by(Runnable code) {
        PrintStream original = System.out;
        ByteArrayOutputStream caught = new ByteArrayOutputStream();
        System.setOut(new PrintStream(caught, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(original);
        }
        return caught.toString(StandardCharsets.UTF_8);
    }
}
